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
}
