using Npgsql;
using Rampart.Bench.Baseline;

// The bare baseline of bench/load: the same routes and SQL as the Shop, nothing else (no logging, auth, limits, tracing).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJsonContext.Default));
var connectionString = builder.Configuration.GetConnectionString("Database")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Database to the benchmark's PostgreSQL connection string.");
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
builder.Services.AddSingleton(TimeProvider.System);

var app = builder.Build();
app.MapGet("/health/ready", () => Results.Ok());
app.MapProductRoutes();
app.MapOrderRoutes();
await app.RunAsync();
