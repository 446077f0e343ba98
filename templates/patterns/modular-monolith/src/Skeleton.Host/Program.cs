#if RAMPART_API_GRAPHQL
using GraphQL;
#endif
using Rampart.AspNetCore.Configuration;
using Rampart.AspNetCore.Data;
#if RAMPART_API_GRAPHQL
using Skeleton.Host.GraphQL;
#endif
using Skeleton.Host.Platform;
using Skeleton.Host.Platform.Idempotency;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Modules.Catalog;
#endif
using Skeleton.Modules.Identity;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Modules.Orders;
#endif
using Skeleton.SharedKernel;

var builder = WebApplication.CreateBuilder(args);

// The modules of this service, one per folder under src/Modules.
#if RAMPART_EXAMPLE_SHOP
IModule[] modules = [new IdentityModule(), new CatalogModule(), new OrdersModule()];
#else
IModule[] modules = [new IdentityModule()];
#endif

// Platform: Rampart's building blocks (edge, data) and the service's settings, validated before listening. The database
// and, when configured, the broker join /health/ready through the blocks' own checks.
builder.AddRampartDefaults();
builder.Services.AddRampartConcurrency();
builder.Services.AddValidation();
builder.Services.AddDatabase(builder.Configuration, required: modules.Length > 0);
builder.Services.AddRampartCursorPagination(options => options.SigningKey = builder.Configuration["Rampart:Pagination:SigningKey"]);
builder.Services.AddRampartCaching(builder.Configuration); // hot reads on HybridCache (Rampart:Caching), removed on every write
builder.Services.AddPlatformIdempotency(builder.Configuration);

foreach (var module in modules)
{
    module.AddServices(builder.Services, builder.Configuration);
}
#if RAMPART_API_GRAPHQL

// GraphQL beside REST: one schema of every module's part, over the same use cases, rules and error codes as the REST
// endpoints; depth, complexity, page size, query size and introspection limits from Rampart:GraphQL.
builder.Services.AddRampartGraphQL<ServiceSchema>(graphql =>
{
    foreach (var module in modules)
    {
        graphql.AddGraphTypes(module.GetType().Assembly);
    }
});
#endif
#if RAMPART_CACHE_REDIS

// State every instance must share, on Redis (ConnectionStrings:Redis): the rate limits count across instances, the
// distributed cache and the SignalR backplane live there, and Redis joins /health/ready.
builder.Services.AddRampartRedis(builder.Configuration);
#endif
#if RAMPART_JOBS_QUARTZ

// Scheduled jobs on Quartz.NET, clustered in the service's database: each firing runs on one instance (Rampart:Jobs).
// One scheduler for the service; each module adds its own jobs, which live in its Features beside its other use cases.
builder.Services.AddRampartJobs(builder.Configuration, jobs =>
{
#if RAMPART_EXAMPLE_SHOP
    OrdersModule.AddJobs(jobs);
#else
    // One line per module with jobs: <Module>Module.AddJobs(jobs), which calls jobs.Add<TJob>(name, cron) per job.
#endif
});
#endif

var app = builder.Build();

// `dotnet <host>.dll migrate | migrations list | migrations script`: run the command and exit.
if (await app.RunRampartCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UseRampartDefaults();
app.UseRampartIdempotency();
app.UseCrashAfterCommitHook(); // a test-only fault point, inert unless its environment variable is set
app.MapRampartPlatformEndpoints();

foreach (var module in modules)
{
    module.MapEndpoints(app);
}
#if RAMPART_API_GRAPHQL

app.MapRampartGraphQL<ServiceSchema>(); // POST and GET /graphql, /graphql/schema.graphql, a GraphiQL page in Development
#endif

// A setting that is missing or invalid ends the process here with one line naming it (exit code 78), not a stack trace.
return await StartupFailure.RunAsync(app);
