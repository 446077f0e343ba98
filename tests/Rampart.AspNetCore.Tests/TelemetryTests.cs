using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Traces_WithAnOtlpEndpoint_AreExportedAndFlushedOnShutdown()
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
            using var response = await client.GetAsync("/me");
            await host.App.StopAsync();
        }

        await collector.StopAsync();
        lock (received)
        {
            Assert.Contains("traces application/x-protobuf", received);
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
}
