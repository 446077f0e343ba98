using Rampart.AspNetCore.Configuration;
using Rampart.AspNetCore.Data;
using Skeleton.Adapters.Http.Composition;
using Skeleton.Adapters.Http.Identity;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Adapters.Http.Catalog;
using Skeleton.Adapters.Http.Orders;
using Skeleton.Adapters.Http.Platform;
#endif

var builder = WebApplication.CreateBuilder(args);

// Platform: Rampart's building blocks at the edge, validated before listening.
builder.AddRampartDefaults();
builder.Services.AddRampartConcurrency();
builder.Services.AddValidation();
builder.Services.AddRampartCursorPagination(options => options.SigningKey = builder.Configuration["Rampart:Pagination:SigningKey"]);
builder.Services.AddRampartCaching(builder.Configuration); // hot reads on HybridCache (Rampart:Caching), removed on every write

// The hexagon and its adapters, plugged together in Composition/ and nowhere else.
builder.Services.AddAdapters(builder.Configuration);
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
app.MapOrderEndpoints();
#endif

// A setting that is missing or invalid ends the process here with one line naming it (exit code 78), not a stack trace.
return await StartupFailure.RunAsync(app);
