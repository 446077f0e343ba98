using GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.GraphQL.Tests.Schema;
using Rampart.Testing;

namespace Rampart.AspNetCore.GraphQL.Tests.Support;

/// <summary>
/// A service with the Rampart defaults and the test schema at <c>/graphql</c>, served by Kestrel on 127.0.0.1 and a
/// port of its own, so the tests speak real HTTP through every middleware (limits, rate limiter, authentication).
/// </summary>
public sealed class GraphQLHost : IAsyncDisposable
{
    private GraphQLHost(WebApplication app) => App = app;

    public WebApplication App { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public FetchLog Fetches => App.Services.GetRequiredService<FetchLog>();

    public static async Task<GraphQLHost> StartAsync(
        string environment = "Production",
        IDictionary<string, string?>? settings = null,
        string? widgetsConnectionString = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(GraphQLHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddRampartDefaults();
        builder.Services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, _ => { });
        builder.Services.AddAuthorizationBuilder().AddPolicy(TestQuery.AdminsPolicy, policy => policy.RequireRole("admin"));
        builder.Services.AddSingleton<FetchLog>();
        builder.Services.AddRampartGraphQL<TestSchema>(graphql => graphql.AddGraphTypes(typeof(TestSchema).Assembly));
        if (widgetsConnectionString is not null)
        {
            builder.Services.AddDbContext<WidgetDbContext>((services, options) =>
                options.UseNpgsql(widgetsConnectionString).UseSnakeCaseNamingConvention().UseRampartData(services));
        }

        var app = builder.Build();
        app.UseRampartDefaults();
        app.MapRampartGraphQL<TestSchema>();
        var host = new GraphQLHost(app);
        await app.StartAsync();
        host.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return host;
    }

    /// <summary>A client on a fresh connection pool, sending exactly the headers a test sets.</summary>
    public HttpClient CreateClient() => new(new ExternalCallerHandler()) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
