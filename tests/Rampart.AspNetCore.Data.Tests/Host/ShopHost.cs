using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Data.Idempotency;
using Rampart.AspNetCore.Data.Tests.Caching;

namespace Rampart.AspNetCore.Data.Tests.Host;

/// <summary>One instance of the sample service, in memory, on a real PostgreSQL database.</summary>
public sealed class ShopHost : IAsyncDisposable
{
    public const string UserHeader = "X-Test-User";
    public const string CursorKey = "cmFtcGFydC10ZXN0LWN1cnNvci1zaWduaW5nLWtleS0zMmJ5dGVz";

    private ShopHost(WebApplication app)
    {
        App = app;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public WorkProbe Probe => App.Services.GetRequiredService<WorkProbe>();

    public static async Task<ShopHost> StartAsync(
        string connectionString, bool migrateOnStartup = true, TimeProvider? time = null,
        Action<IdempotencyOptions>? idempotency = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection, IConfiguration>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddSingleton<WorkProbe>();
        builder.Services.AddDbContext<ShopDbContext>((services, options) => ShopDbContextFactory.Configure(options, connectionString, services));
        builder.Services.AddRampartProblemDetails();
        builder.Services.AddRampartConcurrency();
        builder.Services.AddRampartCursorPagination(o => o.SigningKey ??= CursorKey);
        builder.Services.AddRampartIdempotency<ShopDbContext>(o =>
        {
            o.CleanupEnabled = false;
            idempotency?.Invoke(o);
        });
        builder.Services.AddRampartMigrations<ShopDbContext>(o => o.ApplyOnStartup = migrateOnStartup);
        builder.Services.AddControllers().AddApplicationPart(typeof(ProductsController).Assembly).AddRampart();
        builder.Services.AddHealthChecks().AddRampartPostgres<ShopDbContext>(timeout: TimeSpan.FromSeconds(2));
        services?.Invoke(builder.Services, builder.Configuration);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.Use((context, next) =>
        {
            if (context.Request.Headers[UserHeader] is [{ Length: > 0 } user])
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user)], "Test"));
            }

            return next(context);
        });
        app.UseRampartIdempotency();
        ProductEndpoints.Map(app);
        CachedProductEndpoints.Map(app);
        app.MapControllers();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        await app.StartAsync();
        return new ShopHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
