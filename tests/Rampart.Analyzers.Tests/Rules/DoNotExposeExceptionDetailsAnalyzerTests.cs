using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotExposeExceptionDetailsAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotExposeExceptionDetailsAnalyzerTests
{
    [Fact]
    public Task ExceptionDetailsInResponses_Report() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/orders", () =>
        {
            try { return Results.Ok(); }
            catch (InvalidOperationException ex) { return Results.Problem([|ex.Message|]); }
        });
        app.Use(async (context, next) =>
        {
            try { await next(context); }
            catch (Exception ex)
            {
                await context.Response.WriteAsync([|ex.ToString()|]);
                await context.Response.WriteAsJsonAsync(new { error = [|ex.StackTrace|] });
            }
        });
        app.Run();

        static class Problems
        {
            public static ProblemDetails From(Exception ex) => new() { Title = "Failure", Detail = [|ex.Message|] };
        }
        """);

    [Fact]
    public Task DomainExceptionMessages_DoNotReport() => Verify.VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/orders", () =>
        {
            try { return Results.Ok(); }
            catch (OrderRejectedException ex) { return Results.Problem(ex.Message, statusCode: 409); }
        });
        app.Run();

        sealed class OrderRejectedException(string message) : Exception(message);
        """);

    [Fact]
    public Task LoggingAndDevelopmentOnlyDetails_DoNotReport() => Verify.VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/orders", (ILogger<Program> logger) =>
        {
            try { return Results.Ok(); }
            catch (InvalidOperationException ex)
            {
                logger.LogError(ex, "Order failed: {Reason}", ex.Message);
                return Results.Problem(app.Environment.IsDevelopment() ? ex.Message : "The order could not be placed.");
            }
        });
        app.Run();
        """);
}
