using Rampart.AspNetCore.Configuration;
using Rampart.AspNetCore.Data;
using Skeleton.Features.Identity;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Features.Catalog;
using Skeleton.Features.Orders;
using Skeleton.Shared.Messaging;
using Skeleton.Shared.Platform;
#endif
using Skeleton.Shared.Database;

var builder = WebApplication.CreateBuilder(args);

// Platform: Rampart's building blocks (edge, data) and the one database, validated before listening; the database
// and, when configured, the broker join /health/ready through the blocks' own checks.
builder.AddRampartDefaults();
builder.Services.AddRampartConcurrency();
builder.Services.AddValidation();
builder.Services.AddAppDatabase(builder.Configuration);
builder.Services.AddRampartCursorPagination(options => options.SigningKey = builder.Configuration["Rampart:Pagination:SigningKey"]);
builder.Services.AddRampartCaching(builder.Configuration); // hot reads on HybridCache (Rampart:Caching), removed on every write

// Features: one folder each under Features/, registered here and nowhere else.
builder.Services.AddIdentityFeature();
#if RAMPART_EXAMPLE_SHOP
var messaging = builder.Services.AddAppMessaging(builder.Configuration);
builder.Services.AddCatalog(messaging);
builder.Services.AddOrders(messaging);
#endif
#if RAMPART_CACHE_REDIS

// State every instance must share, on Redis (ConnectionStrings:Redis): the rate limits count across instances, the
// distributed cache and the SignalR backplane live there, and Redis joins /health/ready.
builder.Services.AddRampartRedis(builder.Configuration);
#endif
#if RAMPART_JOBS_QUARTZ

// Scheduled jobs on Quartz.NET, clustered in the service's database: each firing runs on one instance (Rampart:Jobs).
// A job is a slice of its feature, run by the scheduler instead of a request; each feature adds its own here.
builder.Services.AddRampartJobs(builder.Configuration, jobs =>
{
#if RAMPART_EXAMPLE_SHOP
    jobs.AddOrderJobs();
#else
    // One line per feature with jobs: jobs.Add<TJob>(name, cron), with TJob a Quartz IJob in its slice's folder.
#endif
});
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

app.MapIdentityFeature();
#if RAMPART_EXAMPLE_SHOP
app.MapCatalog();
app.MapOrders();
#endif

// A setting that is missing or invalid ends the process here with one line naming it (exit code 78), not a stack trace.
return await StartupFailure.RunAsync(app);
