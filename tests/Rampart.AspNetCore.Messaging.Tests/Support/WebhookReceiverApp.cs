using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>
/// A receiving service on a real port, built on the block's receiving side: <c>POST /hooks</c> verifies the signature,
/// claims the delivery id in its own database's inbox and records one effect per delivery it handles.
/// </summary>
public sealed class WebhookReceiverApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiverApp(WebApplication app, MessagingDatabase database)
    {
        _app = app;
        Database = database;
    }

    /// <summary>How the endpoint answers: 200, 503 while "down", or only after a long wait while "slow".</summary>
    public ReceiverMode Mode { get; set; }

    public ConcurrentQueue<(string Id, string Body)> Handled { get; } = new();

    public int Requests => Volatile.Read(ref _requests);

    public Uri Url { get; private set; } = null!;

    public MessagingDatabase Database { get; }

    private int _requests;

    public static async Task<WebhookReceiverApp> StartAsync(string secret, ReceiverMode mode = ReceiverMode.Accept)
    {
        var database = await MessagingDatabase.CreateAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<MessagingTestDbContext>(o => MessagingDatabase.Configure(o, database.ConnectionString));
        builder.Services.AddRampartWebhookReceiver<MessagingTestDbContext>("shop", o => o.Secrets.Add(secret));
        var app = builder.Build();
        var receiver = new WebhookReceiverApp(app, database) { Mode = mode };
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref receiver._requests);
            await next(context);
        });
        app.UseRampartWebhooks();
        app.MapPost("/hooks", receiver.HandleAsync).RequireWebhookSignature("shop");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hooks");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request, MessagingTestDbContext db, CancellationToken cancellationToken)
    {
        switch (Mode)
        {
            case ReceiverMode.Down:
                return Results.StatusCode((int)HttpStatusCode.ServiceUnavailable);
            case ReceiverMode.Slow:
                await Task.Delay(TimeSpan.FromSeconds(20), cancellationToken);
                break;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var id = request.Headers["webhook-id"].ToString();
        db.Effects.Add(new TestEffect { MessageId = Rampart.AspNetCore.Messaging.Webhooks.WebhookReceiverMiddleware.InboxId(id), Consumer = "webhook", OrderId = Guid.Empty, Step = 1 });
        await db.SaveChangesAsync(cancellationToken);
        Handled.Enqueue((id, body));
        return Results.Ok();
    }

    public async Task<int> EffectsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Effects.CountAsync();
    }
}
