using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Rampart.AspNetCore.Tests.Support;
using ExportedSpans = Rampart.Testing.ExportedSpans;

namespace Rampart.AspNetCore.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Otlp_WithAnEndpointInConfiguration_ExportsLogsTracesAndMetricsAndFlushesOnShutdown()
    {
        var received = new List<string>();
        var collectorBuilder = WebApplication.CreateSlimBuilder();
        collectorBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var collector = collectorBuilder.Build();
        collector.MapPost("/v1/{signal}", (string signal, HttpRequest request) =>
        {
            lock (received)
            {
                received.Add($"{signal} {request.ContentType}");
            }

            return Results.Ok();
        });
        await collector.StartAsync();

        var host = await SampleHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Urls.Single(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        await using (host)
        {
            using var client = host.CreateClient();
            using var response = await client.GetAsync("/log");
            await host.App.StopAsync();
        }

        await collector.StopAsync();
        lock (received)
        {
            Assert.Contains("traces application/x-protobuf", received);
            Assert.Contains("metrics application/x-protobuf", received);
            Assert.Contains("logs application/x-protobuf", received);
        }
    }

    [Fact]
    public async Task Traces_WithoutAnExporter_ContextContinuedButNothingRecorded()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/trace");
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        using var response = await client.SendAsync(request);
        using var root = await client.GetAsync(new Uri("/trace", UriKind.Relative));

        var continued = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var fresh = System.Text.Json.JsonDocument.Parse(await root.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(traceId, continued.GetProperty("traceId").GetString());
        Assert.False(continued.GetProperty("recorded").GetBoolean());
        Assert.Equal(32, fresh.GetProperty("traceId").GetString()?.Length);
        Assert.NotEqual(traceId, fresh.GetProperty("traceId").GetString());
        Assert.False(fresh.GetProperty("recorded").GetBoolean());
    }

    [Fact]
    public async Task Resource_FromStandardSettingsInConfiguration_NamesTheServiceAndItsAttributes()
    {
        await using var host = await SampleHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["OTEL_SERVICE_NAME"] = "shop-api",
            ["OTEL_RESOURCE_ATTRIBUTES"] = "deployment.environment.name=staging,service.namespace=shop",
            ["Rampart:Telemetry:ServiceName"] = "loses-to-otel-service-name",
        });

        var attributes = Attributes(host);

        Assert.Equal("shop-api", attributes["service.name"]);
        Assert.Equal("staging", attributes["deployment.environment.name"]);
        Assert.Equal("shop", attributes["service.namespace"]);
    }

    [Fact]
    public async Task Resource_WithoutStandardSettings_IsNamedByRampartSettingElseTheApplication()
    {
        await using var named = await SampleHost.StartAsync(settings: new Dictionary<string, string?> { ["Rampart:Telemetry:ServiceName"] = "catalog" });
        await using var unnamed = await SampleHost.StartAsync();

        Assert.Equal("catalog", Attributes(named)["service.name"]);
        Assert.Equal(typeof(SampleHost).Assembly.GetName().Name, Attributes(unnamed)["service.name"]);
    }

    [Fact]
    public async Task Traces_ToAnExporter_RecordRequestsButNotHealthProbes()
    {
        var spans = new ExportedSpans();
        await using var host = await SampleHost.StartAsync(services: services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(spans)));
        using var client = host.CreateClient();

        using (await client.GetAsync("/health/live"))
        using (await client.GetAsync("/health/ready"))
        using (await client.GetAsync("/trace"))
        {
        }

        await Eventually.TrueAsync(() => Server(spans, host).Any(), "the /trace span is exported");
        Assert.Equal(["/trace"], Server(spans, host).Select(s => s.GetTagItem("url.path")));
    }

    [Fact]
    public async Task Prometheus_WhenOn_ServesMetricsAtMetricsPathOutsideRateLimits()
    {
        await using var host = await SampleHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Rampart:Telemetry:Prometheus"] = "true",
            ["Rampart:RateLimiting:Anonymous:PermitLimit"] = "1",
        });
        using var client = host.CreateClient();
        using (await client.GetAsync("/api/v1/widgets/00000000-0000-0000-0000-000000000000"))
        {
        }

        var bodies = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/metrics");
            Assert.Equal(200, (int)response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains("http_server_request_duration_seconds", bodies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prometheus_WhenOff_MetricsPathIsNotMapped()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(404, (int)response.StatusCode);
    }

    // Activity listeners are process-wide: the hosts of tests running alongside feed this exporter too.
    private static IEnumerable<Activity> Server(ExportedSpans spans, SampleHost host) =>
        spans.Snapshot().Where(s => s.Kind == ActivityKind.Server && s.GetTagItem("server.port") is int port && port == host.BaseAddress.Port);

    private static Dictionary<string, object> Attributes(SampleHost host) =>
        host.App.Services.GetRequiredService<TracerProvider>().GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
