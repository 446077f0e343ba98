using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Rampart.AspNetCore.Health;
using Rampart.AspNetCore.Shutdown;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class HealthAndShutdownTests
{
    [Fact]
    public async Task Health_WhileRunning_LiveAndReadyAnswer200()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(200, (int)live.StatusCode);
        Assert.Equal(200, (int)ready.StatusCode);
        using var readyBody = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", readyBody.RootElement.GetProperty("checks").GetProperty("shutdown").GetString());
        using var liveBody = JsonDocument.Parse(await live.Content.ReadAsStringAsync());
        Assert.Empty(liveBody.RootElement.GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task Ready_WithAFailingReadyCheck_Answers503WhileLiveStays200()
    {
        await using var host = await SampleHost.StartAsync(services: services => services.AddHealthChecks()
            .AddCheck("database", () => HealthCheckResult.Unhealthy("connection refused to db-secret-host"), tags: [RampartHealthTags.Ready])
            .AddCheck("untagged", () => HealthCheckResult.Unhealthy("not a readiness check")));
        using var client = host.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(503, (int)ready.StatusCode);
        Assert.Equal(200, (int)live.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"database\":\"Unhealthy\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("untagged", body, StringComparison.Ordinal);
        Assert.DoesNotContain("db-secret-host", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_OnceShutdownBegins_Answers503WhileLiveStays200()
    {
        await using var host = await SampleHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Rampart:Shutdown:ReadinessDelay"] = "00:05:00",
        });
        using var client = host.CreateClient();
        using var stop = new CancellationTokenSource();
        var drain = host.App.Services.GetRequiredService<IShutdownDrain>();

        var stopping = host.App.StopAsync(stop.Token);
        await Eventually.TrueAsync(() => drain.Stopping.IsCancellationRequested, "shutdown to begin");
        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");
        await stop.CancelAsync();
        await stopping;

        Assert.Equal(503, (int)ready.StatusCode);
        Assert.Equal(200, (int)live.StatusCode);
    }

    [Fact]
    public async Task InFlightRequest_DuringShutdown_Completes()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        var lifetime = host.App.Services.GetRequiredService<IHostApplicationLifetime>();

        var inFlight = client.GetAsync("/slow");
        await Eventually.TrueAsync(() => host.Gate.Entered == 1, "the request to be in flight");
        var stopping = host.App.StopAsync();
        await Eventually.TrueAsync(() => lifetime.ApplicationStopping.IsCancellationRequested, "shutdown to begin");
        host.Gate.Release();
        using var response = await inFlight;
        await stopping;

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("\"finished\"", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(host.Logs.Entries, e => e.EventId.Id == 1402);
        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 1403 && e.Message.Contains("0 units of work cut off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrackedWork_StillRunningAfterTheDrainTimeout_IsLoggedAsCutOff()
    {
        await using var host = await SampleHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Rampart:Shutdown:DrainTimeout"] = "00:00:00.200",
        });
        var drain = host.App.Services.GetRequiredService<IShutdownDrain>();
        var finished = drain.Track("worker batch 7");

        await host.App.StopAsync();
        finished.Dispose();

        var cutOff = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1402);
        Assert.Contains("worker batch 7", cutOff.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrackedWork_FinishingWithinTheDrainTimeout_IsWaitedFor()
    {
        await using var host = await SampleHost.StartAsync();
        var drain = host.App.Services.GetRequiredService<IShutdownDrain>();
        var work = drain.Track("worker batch 8");

        var stopping = host.App.StopAsync();
        await Eventually.TrueAsync(() => drain.Stopping.IsCancellationRequested, "shutdown to begin");
        Assert.False(stopping.IsCompleted);
        work.Dispose();
        await stopping;

        Assert.DoesNotContain(host.Logs.Entries, e => e.EventId.Id == 1402);
        Assert.Equal(0, drain.InFlight);
    }

    [Fact]
    public async Task InFlightRequest_OutlivingTheDrainTimeout_IsLoggedAsCutOff()
    {
        await using var host = await SampleHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Rampart:Shutdown:DrainTimeout"] = "00:00:00.100",
        });
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/slow");
        request.Headers.Add("X-Request-Id", "stuck-request-1");

        var inFlight = client.SendAsync(request);
        await Eventually.TrueAsync(() => host.Gate.Entered == 1, "the request to be in flight");
        await host.App.StopAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => inFlight);

        var cutOff = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1402);
        Assert.Contains("request GET /slow (stuck-request-1)", cutOff.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InFlightRequest_AbortedWhenTheDrainTimeoutRunsOut_IsCountedAndNamed()
    {
        await using var host = await SampleHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Rampart:Shutdown:DrainTimeout"] = "00:00:00.100",
        });
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/slow-cancellable");
        request.Headers.Add("X-Request-Id", "aborted-request-1");

        var inFlight = client.SendAsync(request);
        await Eventually.TrueAsync(() => host.Gate.Entered == 1, "the request to be in flight");
        await host.App.StopAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => inFlight);

        var cutOff = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1402);
        Assert.Contains("request GET /slow-cancellable (aborted-request-1) aborted", cutOff.Message, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 1403 && e.Message.Contains("1 units of work cut off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorkerUnit_ReportedInterrupted_IsCountedAndNamed()
    {
        await using var host = await SampleHost.StartAsync();
        var drain = host.App.Services.GetRequiredService<IShutdownDrain>();
        var tracked = drain.Track("worker batch 9");
        var unit = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, drain.Stopping);
            }
            catch (OperationCanceledException)
            {
                drain.ReportCutOff("worker batch 9: 4 items left for the next run");
            }
            finally
            {
                tracked.Dispose();
            }
        });

        await host.App.StopAsync();
        await unit;

        var cutOff = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1402);
        Assert.Contains("worker batch 9: 4 items left", cutOff.Message, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 1403 && e.Message.Contains("1 units of work cut off", StringComparison.Ordinal));
    }
}
