using Rampart.AspNetCore.Data;
using Rampart.Testing;

namespace Rampart.AspNetCore.Jobs.Tests;

/// <summary>Two instances of one service on one database: one cluster, so each firing of a schedule runs once.</summary>
public sealed class ClusteredSchedulerTests
{
    private const string EverySecond = "* * * * * ?";

    [Fact]
    public async Task TwoInstances_EverySecond_EachFiringRunsExactlyOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await JobsTestHost.CreateRunsTableAsync(database.ConnectionString);
        using var first = JobsTestHost.Build(database.ConnectionString, "a", jobs => jobs.Add<RecordingJob>("record", EverySecond));
        using var second = JobsTestHost.Build(database.ConnectionString, "b", jobs => jobs.Add<RecordingJob>("record", EverySecond));
        Assert.Equal(0, await first.RunRampartCommandAsync(["migrate"], TextWriter.Null));

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        await Eventually.UntilAsync(
            async () => await JobsTestHost.ScalarAsync<long>(database.ConnectionString, "SELECT count(DISTINCT scheduled_at) FROM job_runs") >= 8,
            "eight firings of the every-second schedule");
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        var runs = await JobsTestHost.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM job_runs");
        var firings = await JobsTestHost.ScalarAsync<long>(database.ConnectionString, "SELECT count(DISTINCT scheduled_at) FROM job_runs");
        Assert.Equal(firings, runs);
        Assert.Equal(0L, await JobsTestHost.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM job_runs WHERE scheduled_at IS NULL"));
    }

    [Fact]
    public async Task Shutdown_WhileAJobRuns_TheJobSeesItsTokenCancelledAndTheHostStops()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await JobsTestHost.CreateRunsTableAsync(database.ConnectionString);
        using var host = JobsTestHost.Build(database.ConnectionString, "a", jobs => jobs.Add<BlockingJob>("block", EverySecond));
        Assert.Equal(0, await host.RunRampartCommandAsync(["migrate"], TextWriter.Null));
        await host.StartAsync();
        await Eventually.UntilAsync(
            async () => await JobsTestHost.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM job_runs WHERE outcome = 'started'") >= 1,
            "the blocking job to start");

        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StopAsync(stopping.Token);

        Assert.False(stopping.IsCancellationRequested, "the host stopped only when its stop timeout ran out");
        Assert.Equal(1L, await JobsTestHost.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM job_runs WHERE outcome = 'cancelled'"));
    }
}
