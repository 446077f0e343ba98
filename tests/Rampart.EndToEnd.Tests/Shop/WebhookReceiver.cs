using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Messaging;
using Rampart.AspNetCore.Messaging.Webhooks;
using Rampart.Testing;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>
/// Another company's service receiving the Shop's notifications, built on Rampart's receiving side: it verifies the
/// signature and timestamp, claims the delivery id in its own inbox on PostgreSQL, and keeps what it accepted.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PostgresDatabase _database;

    private WebhookReceiver(WebApplication app, PostgresDatabase database, string secret)
    {
        _app = app;
        _database = database;
        Secret = secret;
    }

    public string Secret { get; }

    public Uri Url { get; private set; } = null!;

    public ConcurrentQueue<(string Id, JsonElement Body)> Accepted { get; } = new();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        var secret = WebhookSecret.Generate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<ReceiverDbContext>(o => o.UseNpgsql(database.ConnectionString));
        builder.Services.AddRampartWebhookReceiver<ReceiverDbContext>("shop", o => o.Secrets.Add(secret));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, database, secret);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReceiverDbContext>().Database.EnsureCreatedAsync();
        }

        app.UseRampartWebhooks();
        app.MapPost("/notifications", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            receiver.Accepted.Enqueue((request.Headers[WebhookHeaders.Id].ToString(), body.RootElement.Clone()));
            return Results.NoContent();
        }).RequireWebhookSignature("shop");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/notifications");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>The receiver's own database: just the inbox its webhook endpoint deduplicates on.</summary>
    private sealed class ReceiverDbContext(DbContextOptions<ReceiverDbContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddRampartInbox();
    }
}
