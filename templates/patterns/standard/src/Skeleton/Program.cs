using Rampart.AspNetCore.Configuration;
using Rampart.AspNetCore.Data;
using Skeleton.Data;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Orders;
using Skeleton.Platform;
using Skeleton.Products;
#endif

var builder = WebApplication.CreateBuilder(args);

// Platform: Rampart's building blocks at the edge, controllers that answer like them, the one database, identity.
// Every setting is validated before the service listens; the database joins /health/ready.
builder.AddRampartDefaults();
builder.Services.AddControllers().AddRampart();
builder.Services.AddDatabase(builder.Configuration);
builder.Services.AddRampartConcurrency();
builder.Services.AddRampartCursorPagination(options => options.SigningKey = builder.Configuration["Rampart:Pagination:SigningKey"]);
builder.Services.AddRampartIdentity<AppDbContext>();
builder.Services.AddRampartCaching(builder.Configuration); // hot reads on HybridCache (Rampart:Caching), removed on every write
#if RAMPART_EXAMPLE_SHOP

// The service's resources: one line each.
builder.Services.AddProducts();
builder.Services.AddOrders(builder.Configuration);
#endif
#if RAMPART_JOBS_QUARTZ

// Scheduled jobs on Quartz.NET, clustered in the service's database: each firing runs on one instance (Rampart:Jobs).
builder.Services.AddRampartJobs(builder.Configuration, jobs =>
{
#if RAMPART_EXAMPLE_SHOP
    jobs.Add<CancelStalePendingOrders>(CancelStalePendingOrders.Name, CancelStalePendingOrders.Schedule);
#else
    // One line per job: jobs.Add<TJob>(name, cron), with TJob a Quartz IJob resolved in a scope of its own per run.
#endif
});
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
app.MapRampartIdentityEndpoints("/api/v1/auth"); // also the JSON Web Key Set at /.well-known/jwks.json
app.MapControllers();
#if RAMPART_EXAMPLE_SHOP
app.MapOrderUpdates();
#endif

// A setting that is missing or invalid ends the process here with one line naming it (exit code 78), not a stack trace.
return await StartupFailure.RunAsync(app);
