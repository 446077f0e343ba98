using Rampart.AspNetCore.Data;
using Rampart.Testing;

namespace Rampart.AspNetCore.Jobs.Tests;

/// <summary>The job store's tables come from the service's <c>migrate</c>, like its DbContexts' migrations.</summary>
public sealed class JobStoreMigrationTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesTheStoreOnceAndListsItApplied()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var host = JobsTestHost.Build(database.ConnectionString, "a", jobs => jobs.Add<RecordingJob>("record", "0 0 * * * ?"));

        var before = new StringWriter();
        Assert.Equal(0, await host.RunRampartCommandAsync(["migrations", "list"], before));
        var first = new StringWriter();
        Assert.Equal(0, await host.RunRampartCommandAsync(["migrate"], first));
        var second = new StringWriter();
        Assert.Equal(0, await host.RunRampartCommandAsync(["migrate"], second));
        var after = new StringWriter();
        Assert.Equal(0, await host.RunRampartCommandAsync(["migrations", "list"], after));

        Assert.Contains("pending  QuartzJobStore", before.ToString(), StringComparison.Ordinal);
        Assert.Contains("JobStore: applied 1 migration(s): QuartzJobStore", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("JobStore: applied 0 migration(s).", second.ToString(), StringComparison.Ordinal);
        Assert.Contains("applied  QuartzJobStore", after.ToString(), StringComparison.Ordinal);
        foreach (var table in new[] { "qrtz_job_details", "qrtz_triggers", "qrtz_cron_triggers", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks" })
        {
            Assert.True(await JobsTestHost.ScalarAsync<bool>(database.ConnectionString, $"SELECT to_regclass('scheduler.{table}') IS NOT NULL"), table);
        }
    }

    [Fact]
    public async Task Migrate_TwoInstancesAtOnce_BothSucceedAndOneCreatesTheStore()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var first = JobsTestHost.Build(database.ConnectionString, "a", jobs => jobs.Add<RecordingJob>("record", "0 0 * * * ?"));
        using var second = JobsTestHost.Build(database.ConnectionString, "b", jobs => jobs.Add<RecordingJob>("record", "0 0 * * * ?"));
        var outputs = new[] { new StringWriter(), new StringWriter() };

        var codes = await Task.WhenAll(first.RunRampartCommandAsync(["migrate"], outputs[0]), second.RunRampartCommandAsync(["migrate"], outputs[1]));

        Assert.All(codes, code => Assert.Equal(0, code));
        Assert.Single(outputs, output => output.ToString().Contains("applied 1 migration(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Script_NoDatabaseNeeded_IdempotentStatementsUnderTheConfiguredSchema()
    {
        using var host = JobsTestHost.Build("Host=127.0.0.1;Port=1;Database=none", "a", jobs => jobs.Add<RecordingJob>("record", "0 0 * * * ?"),
            new Dictionary<string, string?> { ["Rampart:Jobs:Schema"] = "jobs" });
        var script = new StringWriter();

        Assert.Equal(0, await host.RunRampartCommandAsync(["migrations", "script"], script));

        Assert.Contains("CREATE SCHEMA IF NOT EXISTS jobs;", script.ToString(), StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE IF NOT EXISTS jobs.qrtz_locks", script.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", script.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("DROP", script.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
