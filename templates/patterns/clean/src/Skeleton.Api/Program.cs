using Rampart.AspNetCore.Configuration;
using Rampart.AspNetCore.Data;
using Skeleton.Api.Identity;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Api.Catalog;
using Skeleton.Api.Orders;
using Skeleton.Api.Platform;
#endif

var builder = WebApplication.CreateBuilder(args);

// Platform: Rampart's building blocks at the edge, and the infrastructure behind every port of the application (the
// database, validated before listening, and, when configured, the broker join /health/ready through their own checks).
builder.AddRampartDefaults();
builder.Services.AddRampartConcurrency();
builder.Services.AddValidation();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddRampartCaching(builder.Configuration); // hot reads on HybridCache (Rampart:Caching), removed on every write
#if RAMPART_EXAMPLE_SHOP

// Modules: the use cases each one's endpoints call, registered here and nowhere else.
builder.Services.AddCatalogEndpoints();
builder.Services.AddOrdersEndpoints();
#endif
#if RAMPART_CACHE_REDIS

// State every instance must share, on Redis (ConnectionStrings:Redis): the rate limits count across instances, the
// distributed cache and the SignalR backplane live there, and Redis joins /health/ready.
builder.Services.AddRampartRedis(builder.Configuration);
#endif

var app = builder.Build();

// `dotnet <service>.dll migrate | migrations list | migrations script`: run the command and exit.
if (await app.RunRampartCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UseRampartDefaults();
app.UseRampartIdempotency();
#if RAMPART_EXAMPLE_SHOP
app.UseCrashAfterCommitHook(); // a test-only fault point, inert unless its environment variable is set
#endif
app.MapRampartPlatformEndpoints();

app.MapIdentityEndpoints();
#if RAMPART_EXAMPLE_SHOP
app.MapCatalogEndpoints();
app.MapOrdersEndpoints();
#endif

// A setting that is missing or invalid ends the process here with one line naming it (exit code 78), not a stack trace.
return await StartupFailure.RunAsync(app);
