using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.SupportIdempotentPostsAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class SupportIdempotentPostsAnalyzerTests
{
    [Fact]
    public Task PostWithoutIdempotency_Reports() => Verify.VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost([|"/orders"|], () => Results.Accepted());
        app.Run();
        """);

    [Fact]
    public Task ControllerPostWithoutIdempotency_Reports() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;

        namespace Shop.Api;

        public sealed class PaymentsController : ControllerBase
        {
            [HttpPost("payments")]
            public IActionResult [|Pay|]() => Accepted();
        }
        """);

    [Fact]
    public Task PostsWithIdempotencySupport_AndOtherVerbs_DoNotReport() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/orders", () => Results.Accepted()).RequireIdempotencyKey();
        app.MapPost("/payments", ([FromHeader(Name = "Idempotency-Key")] string key) => Results.Accepted());
        var api = app.MapGroup("/api");
        api.AddEndpointFilter<IdempotencyFilter>();
        api.MapPost("/refunds", () => Results.Accepted());
        app.MapPut("/orders/{id}", (Guid id) => Results.NoContent());
        app.MapGet("/orders", () => Results.Ok());
        app.Run();

        static class IdempotencyConventions
        {
            public static RouteHandlerBuilder RequireIdempotencyKey(this RouteHandlerBuilder builder) => builder;
        }

        sealed class IdempotencyFilter : IEndpointFilter
        {
            public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) => next(context);
        }
        """);
}
