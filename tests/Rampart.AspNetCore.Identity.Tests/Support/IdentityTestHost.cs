using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>
/// A small service on Kestrel (127.0.0.1, free port) over a real PostgreSQL database: the identity routes, an
/// admin-only route, an owned resource and a "who am I" route.
/// </summary>
public sealed class IdentityTestHost : IAsyncDisposable
{
    public const string AdminEmail = "admin@shop.test";
    public const string AdminPassword = "Root-Of-Trust-2026!";
    public const string Issuer = "https://identity.shop.test";
    public const string Audience = "shop-api";

    private IdentityTestHost(WebApplication app, FakeTimeProvider time, CapturingLoggerProvider logs)
    {
        App = app;
        Time = time;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Builds the host, applies the migration and starts it. <paramref name="configure"/> runs after the test defaults.</summary>
    public static async Task<IdentityTestHost> StartAsync(
        string connectionString,
        TestKey? key,
        Action<RampartIdentityOptions>? configure = null,
        string environment = "Testing",
        string? contentRoot = null,
        FakeTimeProvider? time = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = Build(connectionString, key, configure, environment, contentRoot, time ?? NewClock(), out var logs, settings);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentityTestDbContext>().Database.MigrateAsync();
        }

        await app.StartAsync();
        return new IdentityTestHost(app, (FakeTimeProvider)app.Services.GetRequiredService<TimeProvider>(), logs);
    }

    /// <summary>Builds without starting, for tests of start-up failures.</summary>
    /// <summary>A hand-moved clock that starts at the current second, since tokens are also checked against the real clock.</summary>
    public static FakeTimeProvider NewClock() =>
        new(new DateTimeOffset(DateTimeOffset.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero));

    public static WebApplication Build(
        string connectionString,
        TestKey? key,
        Action<RampartIdentityOptions>? configure,
        string environment,
        string? contentRoot,
        FakeTimeProvider time,
        out CapturingLoggerProvider logs,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = contentRoot ?? AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);

        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddDbContext<IdentityTestDbContext>(options => IdentityTestDbContextFactory.Configure(options, connectionString));
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow);
        builder.Services.AddRampartProblemDetails();
        builder.Services.AddControllers().AddApplicationPart(typeof(NotesController).Assembly).AddRampart();
        builder.Services.AddRampartIdentity<IdentityTestDbContext>(options =>
        {
            options.Issuer = Issuer;
            options.Audience = Audience;
            if (key is not null)
            {
                options.SigningKeys.Add(key.Signing());
            }

            options.AdminEmail ??= AdminEmail;
            options.AdminPassword ??= AdminPassword;
            options.Passwords.HashIterations = 1_000;
            options.LoginThrottle.FreeFailuresPerIp = 1_000;
            configure?.Invoke(options);
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRampartIdentityEndpoints("/api/v1/auth");
        MapApplicationRoutes(app);
        app.MapControllers();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static void MapApplicationRoutes(WebApplication app)
    {
        app.MapGet("/api/v1/me", (ICurrentUser caller) =>
            TypedResults.Ok(new DataEnvelope<Me>(new Me(caller.Id, caller.Email, [.. caller.Roles.Order()])))).RequireAuthorization();

        app.MapGet("/hubs/echo", (ICurrentUser caller) => TypedResults.Ok(new DataEnvelope<Guid?>(caller.Id))).RequireAuthorization();

        app.MapGet("/api/v1/admin/ping", () => TypedResults.Ok(new DataEnvelope<string>("pong"))).RequireAuthorization(RampartPolicies.Admin);

        app.MapPost("/api/v1/notes", async (NoteRequest request, ICurrentUser caller, IdentityTestDbContext db) =>
        {
            var note = new Note { Id = Guid.CreateVersion7(), OwnerId = caller.RequireId(), Text = request.Text };
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            return TypedResults.Json(new DataEnvelope<Note>(note), statusCode: StatusCodes.Status201Created);
        }).RequireAuthorization();

        app.MapGet("/api/v1/notes/{id:guid}", async (Guid id, ICurrentUser caller, IdentityTestDbContext db) =>
        {
            var note = await db.Notes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id);
            return note is not null && caller.IsOwnerOrAdmin(note.OwnerId)
                ? TypedResults.Ok(new DataEnvelope<Note>(note))
                : (IResult)Error.NotFound("notes.note_not_found", "There is no note with this id.").ToProblemResult();
        }).RequireAuthorization();
    }

    public sealed record Me(Guid? Id, string? Email, string[] Roles);

    public sealed record NoteRequest(string Text);
}
