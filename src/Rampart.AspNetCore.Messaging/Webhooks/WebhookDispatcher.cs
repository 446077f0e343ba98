using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Shutdown;

namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>
/// Posts committed webhook deliveries of <typeparamref name="TDbContext"/>: claims a batch of due rows, posts them
/// concurrently through each webhook's resilient HTTP client (retry with backoff, circuit breaker, timeouts), marks the
/// acknowledged ones delivered and schedules the rest again with jittered exponential backoff until the last attempt
/// marks them exhausted. It runs beside the outbox relay, never inside it, so a slow receiver holds up only webhooks.
/// </summary>
internal sealed class WebhookDispatcher<TDbContext>(
    IServiceScopeFactory scopeFactory,
    IHttpClientFactory clients,
    WebhookRegistry registry,
    WebhookSignal<TDbContext> signal,
    IOptionsMonitor<WebhookSenderOptions> senders,
    IOptions<WebhookDispatcherOptions> options,
    TimeProvider timeProvider,
    ILogger<WebhookDispatcher<TDbContext>> logger,
    IShutdownDrain? drain = null) : BackgroundService
    where TDbContext : DbContext
{
    private DateTimeOffset _nextCleanup;

    // One signer per settings instance (the monitor's instance lives until configuration changes): secrets decoded once.
    private readonly ConditionalWeakTable<WebhookSenderOptions, WebhookSigner> _signers = [];

    /// <summary>The name of the HTTP client that posts the webhook <paramref name="webhook"/>.</summary>
    public static string ClientName(string webhook) => "rampart-webhook:" + webhook;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await RunOnceAsync(stoppingToken);
                failures = 0;
                if (claimed < settings.BatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, timeProvider, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var pause = OutboxRelay<TDbContext>.RecoveryDelay(++failures, settings.PollInterval);
                WebhookLog.DispatcherFailed(logger, ex, pause);
                try
                {
                    await signal.WaitAsync(pause, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims, posts and settles one batch; returns how many deliveries it claimed.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        int claimed;
        await using (var store = await WebhookDeliveryStore.BeginAsync(db, cancellationToken))
        {
            var batch = await store.ClaimAsync([.. registry.Senders], options.Value.BatchSize, timeProvider.GetUtcNow(), cancellationToken);
            claimed = batch.Count;
            if (claimed > 0)
            {
                using var tracked = drain?.Track($"webhook batch of {claimed} deliveries");
                var outcomes = await Task.WhenAll(batch.Select(d => PostAsync(d, cancellationToken)));
                for (var i = 0; i < batch.Count; i++)
                {
                    await SettleAsync(store, batch[i], outcomes[i], CancellationToken.None);
                }

                await store.CommitAsync(CancellationToken.None);
            }
        }

        await CleanupAsync(db, cancellationToken);
        return claimed;
    }

    /// <summary>Posts one delivery; null when the receiver acknowledged it, else why not.</summary>
    private async Task<string?> PostAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            var settings = senders.Get(delivery.Webhook);
            var signer = _signers.GetValue(settings, s => new WebhookSigner(s.Secrets, TimeSpan.FromMinutes(5), timeProvider));
            var body = Encoding.UTF8.GetBytes(delivery.Payload);
            var id = delivery.Id.ToString();
            var timestamp = signer.Now();
            using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(WebhookHeaders.Id, id);
            request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookHeaders.Signature, signer.Sign(id, timestamp, body));
            using var response = await clients.CreateClient(ClientName(delivery.Webhook)).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"the receiver answered {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    private async Task SettleAsync(WebhookDeliveryStore store, WebhookDelivery delivery, string? error, CancellationToken cancellationToken)
    {
        var attempts = delivery.Attempts + 1;
        var now = timeProvider.GetUtcNow();
        if (error is null)
        {
            await store.MarkDeliveredAsync(delivery.Id, attempts, now, cancellationToken);
            WebhookLog.Delivered(logger, delivery.Webhook, delivery.Id, delivery.EventType, attempts);
            return;
        }

        var settings = senders.Get(delivery.Webhook);
        var exhausted = attempts >= settings.MaxAttempts;
        var next = now + Backoff.Delay(attempts, settings.RetryBaseDelay, settings.RetryMaxDelay);
        await store.MarkFailedAsync(delivery.Id, attempts, error, next, exhausted, cancellationToken);
        if (exhausted)
        {
            WebhookLog.DeliveryExhausted(logger, delivery.Webhook, delivery.Id, delivery.EventType, attempts, error);
        }
        else
        {
            WebhookLog.DeliveryFailed(logger, delivery.Webhook, delivery.Id, delivery.EventType, attempts, error, next);
        }
    }

    private async Task CleanupAsync(TDbContext db, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now + TimeSpan.FromMinutes(1);
        await WebhookDeliveryStore.DeleteDeliveredBeforeAsync(db, now - options.Value.DeliveredRetention, cancellationToken);
    }
}
