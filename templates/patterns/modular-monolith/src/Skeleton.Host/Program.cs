using Skeleton.Host.Platform;
using Skeleton.SharedKernel;

var builder = WebApplication.CreateBuilder(args);

// The modules of this service, one per folder under src/Modules.
IModule[] modules = [];

// Platform: Rampart's building blocks and the framework's own primitives.
// When Rampart's defaults ship, these lines become builder.AddRampartDefaults().
builder.Services.AddRampartProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddPlatformHealthChecks(builder.Configuration);

foreach (var module in modules)
{
    module.AddServices(builder.Services, builder.Configuration);
}

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.UseSwaggerUI(options =>
{
    options.RoutePrefix = "docs";
    options.SwaggerEndpoint("/openapi/v1.json", "v1");
});
app.MapPlatformHealthChecks();

foreach (var module in modules)
{
    module.MapEndpoints(app);
}

if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
{
    foreach (var module in modules)
    {
        await module.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
    }
}

await app.RunAsync();
