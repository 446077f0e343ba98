using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Rampart.AspNetCore.Data;
using Rampart.Testing;

namespace Rampart.AspNetCore.Jobs.Tests;

/// <summary>The job store's database down when the service starts: the service still starts, and so do the jobs once it is back.</summary>
public sealed class JobStoreOutageTests
{
    private const string EverySecond = "* * * * * ?";

    [Fact]
    public async Task DatabaseDownAtStart_TheHostStartsAndStaysUp_AndJobsRunOnceItIsBack()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await JobsTestHost.CreateRunsTableAsync(database.ConnectionString);
        await MigrateAsync(database.ConnectionString);
        await using var proxy = TcpFaultProxy.Start(new NpgsqlConnectionStringBuilder(database.ConnectionString).Port);
        proxy.Cut();
        using var host = JobsTestHost.Build(ThroughProxy(database.ConnectionString, proxy), "a", jobs => jobs.Add<RecordingJob>("record", EverySecond));
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();

        await host.StartAsync();
        await Task.Yield();
        proxy.Restore();
        await Eventually.UntilAsync(
            async () => await JobsTestHost.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM job_runs") >= 1,
            "a firing once the database is reachable again");

        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested, "the scheduler's failed start stopped the service");
        await host.StopAsync();
    }

    [Fact]
    public async Task StopWhileTheDatabaseIsStillDown_StopsPromptly()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await MigrateAsync(database.ConnectionString);
        await using var proxy = TcpFaultProxy.Start(new NpgsqlConnectionStringBuilder(database.ConnectionString).Port);
        proxy.Cut();
        using var host = JobsTestHost.Build(ThroughProxy(database.ConnectionString, proxy), "a", jobs => jobs.Add<RecordingJob>("record", EverySecond));
        await host.StartAsync();

        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await host.StopAsync(bound.Token);

        Assert.False(bound.IsCancellationRequested, "stopping waited for the unreachable job store until the host's bound");
    }

    private static async Task MigrateAsync(string connectionString)
    {
        using var migrator = JobsTestHost.Build(connectionString, "migrator", jobs => jobs.Add<RecordingJob>("record", EverySecond));
        Assert.Equal(0, await migrator.RunRampartCommandAsync(["migrate"], TextWriter.Null));
    }

    private static string ThroughProxy(string connectionString, TcpFaultProxy proxy) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Port = proxy.Port, Timeout = 2, Pooling = false }.ConnectionString;
}
