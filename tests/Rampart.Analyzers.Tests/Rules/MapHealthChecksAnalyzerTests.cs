using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.MapHealthChecksAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class MapHealthChecksAnalyzerTests
{
    [Fact]
    public Task WebAppWithoutHealthChecks_Reports() => Verify.VerifyAsync("""
        var builder = [|WebApplication.CreateBuilder(args)|];
        var app = builder.Build();
        app.MapGet("/", () => "ok");
        app.Run();
        """);

    [Fact]
    public Task WebAppWithHealthChecks_DoesNotReport() => Verify.VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks();
        var app = builder.Build();
        app.MapHealthChecks("/health/live");
        app.Run();
        """);

    [Fact]
    public Task LibraryWithoutHost_DoesNotReport() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public static class OrderEndpoints
        {
            public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder routes)
            {
                routes.MapGet("/orders", () => Results.Ok());
                return routes;
            }
        }
        """);
}
