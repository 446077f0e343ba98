using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Tests.Sample;
using Rampart.Testing;

namespace Rampart.AspNetCore.Tests.Support;

/// <summary>
/// The tiny sample service: every building block wired with one call each, served by Kestrel on 127.0.0.1 and a
/// port of its own, so tests speak real HTTP and run in parallel.
/// </summary>
public sealed class SampleHost : IAsyncDisposable
{
    private SampleHost(WebApplication app, CapturingLoggerProvider logs)
    {
        App = app;
        Logs = logs;
    }

    public WebApplication App { get; }

    public CapturingLoggerProvider Logs { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public SlowGate Gate => App.Services.GetRequiredService<SlowGate>();

    public static WebApplication Build(
        CapturingLoggerProvider logs,
        string environment = "Production",
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        bool controllers = false,
        Action<WebApplication>? endpoints = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(SampleHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var configuration = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Sample:ConnectionString"] = "Host=localhost",
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:Console:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);

        builder.AddRampartDefaults();
        builder.Services.AddValidation();
        builder.Logging.AddProvider(logs);
        builder.Services.AddRampartOptions<SampleSettings>(SampleSettings.SectionName);
        builder.Services.AddSingleton<SlowGate>();
        builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, _ => { });
        builder.Services.AddAuthorization();
        if (controllers)
        {
            builder.Services.AddControllers().AddRampart();
        }

        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseRampartDefaults();
        app.MapRampartPlatformEndpoints();
        app.MapSampleEndpoints();
        if (controllers)
        {
            app.MapControllers();
        }

        endpoints?.Invoke(app);
        return app;
    }

    public static async Task<SampleHost> StartAsync(
        string environment = "Production",
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        bool controllers = false,
        Action<WebApplication>? endpoints = null)
    {
        var logs = new CapturingLoggerProvider();
        var host = new SampleHost(Build(logs, environment, settings, services, controllers, endpoints), logs);
        await host.App.StartAsync();
        var address = host.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        host.BaseAddress = new Uri(address);
        return host;
    }

    /// <summary>A client on a fresh connection pool, sending exactly the headers a test sets (see <see cref="ExternalCallerHandler"/>).</summary>
    public HttpClient CreateClient() => new(new ExternalCallerHandler()) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        Gate.Release();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await App.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopped forcibly; the test already has its result.
        }

        await App.DisposeAsync();
    }
}
