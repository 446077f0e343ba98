using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Rampart.AspNetCore.Messaging.Diagnostics;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.Outbox;

/// <summary>
/// The telemetry block as a service wires it, exporting to memory: one order is one trace, from the HTTP request and
/// its SQL through the outbox relay's publish to the consumer and the consumer's SQL.
/// </summary>
public sealed class OrderTraceTests
{
    [Fact]
    public async Task Order_PlacedOverHttp_OneTraceSpansHttpSqlOutboxConsumerAndItsSql()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        var spans = new ExportedSpans();
        await using var app = await StartAsync(database.ConnectionString, spans);
        using var client = new HttpClient(new ExternalCallerHandler()) { BaseAddress = new Uri(app.Urls.Single()) };

        using var response = await client.PostAsync("/orders", content: null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var server = await WaitForAsync(spans, s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("/orders", StringComparison.Ordinal));
        var consumerSql = await WaitForAsync(spans, s => s.TraceId == server.TraceId && s.Source.Name == "Npgsql"
            && Ancestors(spans, s).Any(a => a.Kind == ActivityKind.Consumer));

        var trace = spans.Snapshot().Where(s => s.TraceId == server.TraceId).ToList();
        var httpSql = Assert.Single(trace, s => s.Source.Name == "Npgsql" && s.ParentSpanId == server.SpanId && IsInsert(s));
        var publish = Assert.Single(trace, s => s.Source.Name == MessagingDiagnostics.ActivitySourceName && s.Kind == ActivityKind.Producer);
        var consume = Assert.Single(trace, s => s.Source.Name == MessagingDiagnostics.ActivitySourceName && s.Kind == ActivityKind.Consumer);
        Assert.Equal(server.SpanId, publish.ParentSpanId);
        Assert.Contains(consume, Ancestors(spans, consumerSql));
    }

    // Npgsql also traces opening a physical connection (CONNECT) under the request; the request's work is its INSERT.
    private static bool IsInsert(Activity span) =>
        (span.GetTagItem("db.query.text") as string ?? span.DisplayName).Contains("INSERT", StringComparison.OrdinalIgnoreCase);

    private static async Task<WebApplication> StartAsync(string connectionString, ExportedSpans spans)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddRampartTelemetry(builder.Configuration);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(spans));
        builder.Services.AddSingleton<ConsumerProbe>();
        builder.Services.AddDbContext<MessagingTestDbContext>(o => MessagingDatabase.Configure(o, connectionString));
        builder.Services.AddRampartMessaging<MessagingTestDbContext>(o =>
            {
                o.ServiceName = "orders";
                o.PollInterval = TimeSpan.FromMilliseconds(50);
            })
            .AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock");
        var app = builder.Build();
        app.MapPost("/orders", async (MessagingTestDbContext db, IOutbox<MessagingTestDbContext> outbox) =>
        {
            var orderId = Guid.CreateVersion7();
            db.Orders.Add(new TestOrder { Id = orderId, Number = orderId.ToString("N") });
            outbox.Add(new OrderPlaced(orderId, 1), orderId.ToString());
            await db.SaveChangesAsync();
            return Results.Created($"/orders/{orderId}", null);
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<Activity> WaitForAsync(ExportedSpans spans, Func<Activity, bool> match)
    {
        Activity? found = null;
        await Eventually.UntilAsync(() => (found = spans.Snapshot().FirstOrDefault(match)) is not null, "the span is exported");
        return found!;
    }

    private static IEnumerable<Activity> Ancestors(ExportedSpans spans, Activity span)
    {
        var byId = spans.Snapshot().ToDictionary(s => s.SpanId);
        for (var parent = span.ParentSpanId; byId.TryGetValue(parent, out var next); parent = next.ParentSpanId)
        {
            yield return next;
        }
    }
}
