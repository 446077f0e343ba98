using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Rampart.AspNetCore.Shutdown;

namespace Rampart.AspNetCore.Tests;

public sealed class ShutdownDrainTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task WaitForDrain_RequestFinishingAsShutdownBegins_CompletesWithNothingLeft()
    {
        for (var round = 0; round < 500; round++)
        {
            using var drain = new ShutdownDrain(new StubLifetime());
            var context = Request("GET", "/race", $"race-{round}");
            drain.EnterRequest(context);
            using var start = new Barrier(2);

            var finishing = Task.Run(() =>
            {
                start.SignalAndWait();
                drain.ExitRequest(context);
            });
            var waiting = Task.Run(async () =>
            {
                start.SignalAndWait();
                drain.BeginShutdown();
                await drain.WaitForDrainAsync(CancellationToken.None);
            });

            await Task.WhenAll(finishing, waiting).WaitAsync(Bound);
            Assert.Equal(0, drain.InFlight);
            Assert.Empty(drain.Snapshot());
        }
    }

    [Fact]
    public async Task WaitForDrain_ManyRequestsEnteringAndExitingConcurrently_CompletesWhenTheLastExits()
    {
        using var drain = new ShutdownDrain(new StubLifetime());
        var held = Request("POST", "/held", "held-1");
        drain.EnterRequest(held);

        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                var context = Request("GET", "/busy", $"w{worker}-{i}");
                drain.EnterRequest(context);
                drain.ExitRequest(context);
            }
        })).ToArray();
        var drained = drain.WaitForDrainAsync(CancellationToken.None);
        await Task.WhenAll(workers).WaitAsync(Bound);

        Assert.False(drained.IsCompleted);
        Assert.Equal(1, drain.InFlight);
        Assert.Equal(["request POST /held (held-1)"], drain.Snapshot());
        drain.ExitRequest(held);
        await drained.WaitAsync(Bound);
        Assert.Equal(0, drain.InFlight);
    }

    [Fact]
    public async Task WaitForDrain_AfterAnEarlierDrainCompleted_WaitsForTheWorkInFlightNow()
    {
        using var drain = new ShutdownDrain(new StubLifetime());
        var first = drain.Track("batch 1");
        var firstDrain = drain.WaitForDrainAsync(CancellationToken.None);
        first.Dispose();
        await firstDrain.WaitAsync(Bound);

        var second = drain.Track("batch 2");
        var secondDrain = drain.WaitForDrainAsync(CancellationToken.None);

        Assert.False(secondDrain.IsCompleted);
        second.Dispose();
        await secondDrain.WaitAsync(Bound);
    }

    [Fact]
    public async Task WaitForDrain_NothingInFlight_CompletesAtOnce()
    {
        using var drain = new ShutdownDrain(new StubLifetime());

        await drain.WaitForDrainAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(0, drain.InFlight);
    }

    [Fact]
    public void Snapshot_RequestsAndTrackedWork_DescribesEachAsItIsNow()
    {
        using var drain = new ShutdownDrain(new StubLifetime());
        var context = Request("DELETE", "/orders/7", "req-7");
        drain.EnterRequest(context);
        using var work = drain.Track("outbox relay batch 42");

        var snapshot = drain.Snapshot().Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["outbox relay batch 42", "request DELETE /orders/7 (req-7)"], snapshot);
        Assert.Equal(2, drain.InFlight);
    }

    [Fact]
    public void Track_DisposedTwice_IsReleasedOnce()
    {
        using var drain = new ShutdownDrain(new StubLifetime());
        var other = drain.Track("other");
        var work = drain.Track("batch");

        work.Dispose();
        work.Dispose();

        Assert.Equal(1, drain.InFlight);
        Assert.Equal(["other"], drain.Snapshot());
        other.Dispose();
        Assert.Equal(0, drain.InFlight);
    }

    [Fact]
    public async Task EnterRequest_SameRequestTwice_CountsItOnceAndStillDrains()
    {
        using var drain = new ShutdownDrain(new StubLifetime());
        var context = Request("GET", "/twice", "twice-1");

        drain.EnterRequest(context);
        drain.EnterRequest(context);
        Assert.Equal(1, drain.InFlight);
        drain.ExitRequest(context);
        drain.ExitRequest(context);

        Assert.Equal(0, drain.InFlight);
        await drain.WaitForDrainAsync(CancellationToken.None).WaitAsync(Bound);
    }

    private static DefaultHttpContext Request(string method, string path, string traceIdentifier)
    {
        var context = new DefaultHttpContext { TraceIdentifier = traceIdentifier };
        context.Request.Method = method;
        context.Request.Path = path;
        return context;
    }

    private sealed class StubLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
