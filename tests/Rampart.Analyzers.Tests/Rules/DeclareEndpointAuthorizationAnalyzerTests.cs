using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DeclareEndpointAuthorizationAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DeclareEndpointAuthorizationAnalyzerTests
{
    [Fact]
    public Task EndpointsWithoutDecision_Report() => Verify.VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet([|"/orders"|], () => Results.Ok());
        var admin = app.MapGroup("/admin");
        admin.MapDelete([|"/orders/{id}"|], (Guid id) => Results.NoContent());
        app.MapPost([|"/refunds"|], Handlers.Refund);
        app.Run();

        static class Handlers
        {
            public static IResult Refund() => Results.Accepted();
        }
        """);

    [Fact]
    public Task ControllerWithoutAttributes_Reports() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;

        namespace Shop.Api;

        public sealed class OrdersController : ControllerBase
        {
            [HttpGet("orders")]
            public IActionResult [|List|]() => Ok();
        }
        """);

    [Fact]
    public Task ExplicitDecisions_DoNotReport() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Authorization;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/orders", () => Results.Ok()).RequireAuthorization();
        app.MapGet("/catalog", () => Results.Ok()).AllowAnonymous();
        app.MapGet("/me", [Authorize] () => Results.Ok());
        var api = app.MapGroup("/api").RequireAuthorization("staff");
        api.MapPost("/refunds", () => Results.Accepted());
        var admin = app.MapGroup("/admin");
        admin.RequireAuthorization();
        admin.MapDelete("/orders/{id}", (Guid id) => Results.NoContent());
        app.Run();

        static void MapReturns(IEndpointRouteBuilder routes)
        {
            var returns = routes.MapGroup("/returns");
            returns.MapPost("/", () => Results.Accepted());
        }

        static class ModuleEndpoints
        {
            // The caller decides the group's policy.
            public static void MapShipping(this IEndpointRouteBuilder routes) => routes.MapGet("/shipments", () => Results.Ok());
        }
        """);

    [Fact]
    public Task FallbackPolicy_CoversEveryEndpoint() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Authorization;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        var app = builder.Build();
        app.MapGet("/orders", () => Results.Ok());
        app.Run();
        """);

    [Fact]
    public Task AuthorizedControllers_DoNotReport() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        namespace Shop.Api;

        [Authorize]
        public abstract class SecuredController : ControllerBase;

        public sealed class OrdersController : SecuredController
        {
            [HttpGet("orders")]
            public IActionResult List() => Ok();
        }

        public sealed class CatalogController : ControllerBase
        {
            [AllowAnonymous, HttpGet("catalog")]
            public IActionResult List() => Ok();
        }
        """);

    private const string GrpcApi = """
        namespace Grpc.Core
        {
            public abstract class ServerCallContext;
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class GrpcServiceEndpointConventionBuilder : IEndpointConventionBuilder
            {
                public void Add(Action<EndpointBuilder> convention) { }
            }

            public static class GrpcEndpointRouteBuilderExtensions
            {
                public static GrpcServiceEndpointConventionBuilder MapGrpcService<TService>(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder builder) => new();
            }
        }
        """;

    [Fact]
    public Task GrpcServiceMethodsWithoutDecision_Report() => Verify.VerifyAsync(("Program.cs", """
        using Grpc.Core;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGrpcService<OrdersService>();
        app.Run();

        public sealed class OrdersService
        {
            public Task<string> [|Place|](string request, ServerCallContext context) => Task.FromResult(request);

            [Microsoft.AspNetCore.Authorization.AllowAnonymous]
            public Task<string> Ping(string request, ServerCallContext context) => Task.FromResult(request);

            public string Helper(string value) => value;
        }
        """), ("Grpc.cs", GrpcApi));

    [Fact]
    public Task GrpcServicesWithDecision_DoNotReport() => Verify.VerifyAsync(("Program.cs", """
        using Grpc.Core;
        using Microsoft.AspNetCore.Authorization;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGrpcService<OrdersService>().RequireAuthorization();
        app.MapGrpcService<CatalogService>();
        app.Run();

        public sealed class OrdersService
        {
            public Task<string> Place(string request, ServerCallContext context) => Task.FromResult(request);
        }

        [Authorize]
        public sealed class CatalogService
        {
            public Task<string> Find(string request, ServerCallContext context) => Task.FromResult(request);
        }
        """), ("Grpc.cs", GrpcApi));
}
