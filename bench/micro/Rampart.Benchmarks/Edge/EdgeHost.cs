using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;

namespace Rampart.Benchmarks.Edge;

/// <summary>A started web application of one <see cref="EdgeHostKind"/>, served by an <see cref="InMemoryServer"/>.</summary>
internal sealed class EdgeHost : IAsyncDisposable
{
    public const string ProductPath = "/api/v1/products/0196f0a4-7c2e-7d4b-8f3a-2b1c9d8e7f60";
    public const string MissingReturnedPath = "/api/v1/missing-returned/0196f0a4-7c2e-7d4b-8f3a-2b1c9d8e7f60";
    private const string MissingCode = "catalog.product_not_found";
    private const string MissingDetail = "No product has this id.";

    private readonly WebApplication _app;

    private EdgeHost(WebApplication app, InMemoryServer server)
    {
        _app = app;
        Server = server;
    }

    public InMemoryServer Server { get; }

    public static async Task<EdgeHost> StartAsync(EdgeHostKind kind)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            // One caller sends every request: the limiter still runs, but never rejects.
            ["Rampart:RateLimiting:Anonymous:PermitLimit"] = "100000000",
            ["Rampart:RateLimiting:Anonymous:Window"] = "00:00:01",
        });
        switch (kind)
        {
            case EdgeHostKind.Bare:
                builder.Services.AddProblemDetails();
                break;
            case EdgeHostKind.RampartEdge:
                builder.Services.AddRampartProblemDetails().AddRampartRequestId();
                break;
            default:
                builder.AddRampartDefaults();
                break;
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new DiscardingLoggerProvider());
        var server = new InMemoryServer();
        builder.Services.RemoveAll<IServer>();
        builder.Services.AddSingleton<IServer>(server);

        var app = builder.Build();
        switch (kind)
        {
            case EdgeHostKind.Bare:
                app.UseRouting();
                app.MapGet("/api/v1/products/{id:guid}", static (Guid id) => TypedResults.Ok(new BareEnvelope<Product>(Product.Sample(id))));
                app.MapGet("/api/v1/missing-returned/{id:guid}", static (Guid id) => TypedResults.Problem(
                    MissingDetail, statusCode: StatusCodes.Status404NotFound, extensions: [new("code", MissingCode)]));
                break;
            case EdgeHostKind.RampartEdge:
                app.UseRampartRequestId();
                app.UseRampartProblemDetails();
                app.UseRouting();
                MapRampartEndpoints(app);
                break;
            default:
                app.UseRampartDefaults();
                MapRampartEndpoints(app);
                break;
        }

        await app.StartAsync();
        return new EdgeHost(app, server);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void MapRampartEndpoints(WebApplication app)
    {
        app.MapGet("/api/v1/products/{id:guid}", static (Guid id) => Envelope.Ok(Product.Sample(id)));
        app.MapGet("/api/v1/missing-returned/{id:guid}", static (Guid id) => Error.NotFound(MissingCode, MissingDetail).ToProblemResult());
    }
}
