using Npgsql;
using Rampart.AspNetCore.Data;
using Rampart.Testing;

namespace Rampart.AspNetCore.Jobs.Tests;

/// <summary>
/// Firings missed while no instance ran (a deploy, an outage): the stored trigger is moved into the past, as if it had
/// been stored three hours ago and every instance had been down since its first firing, and the next instance to start
/// handles the misfires by the job's rule. The schedule itself is hourly, so no on-time firing happens during the test.
/// </summary>
public sealed class MisfireTests
{
    private const string Hourly = "0 0 * * * ?";

    [Fact]
    public async Task RunOnceNow_FiringsMissedWhileDown_OneRunWhenAnInstanceStarts()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await MissAFiringAsync(database.ConnectionString, JobMisfire.RunOnceNow);

        using var host = JobsTestHost.Build(database.ConnectionString, "b", jobs => jobs.Add<RecordingJob>("hourly", Hourly, JobMisfire.RunOnceNow));
        await host.StartAsync();
        await Eventually.UntilAsync(
            async () => await JobsTestHost.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM job_runs") >= 1,
            "the missed firing to run once");
        await Eventually.UntilAsync(async () => await NextFireIsInTheFutureAsync(database.ConnectionString), "the trigger to move on to its next hour");
        await host.StopAsync();

        Assert.Equal(1L, await JobsTestHost.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM job_runs"));
    }

    [Fact]
    public async Task Skip_FiringsMissedWhileDown_NoRunAndTheNextFiringKept()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await MissAFiringAsync(database.ConnectionString, JobMisfire.Skip);

        using var host = JobsTestHost.Build(database.ConnectionString, "b", jobs => jobs.Add<RecordingJob>("hourly", Hourly, JobMisfire.Skip));
        await host.StartAsync();
        await Eventually.UntilAsync(async () => await NextFireIsInTheFutureAsync(database.ConnectionString), "the misfire to be handled by moving to the next hour");
        await host.StopAsync();

        Assert.Equal(0L, await JobsTestHost.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM job_runs"));
    }

    // One instance stores the hourly trigger and stops; then its next firing is moved ten minutes into the past.
    private static async Task MissAFiringAsync(string connectionString, JobMisfire misfire)
    {
        await JobsTestHost.CreateRunsTableAsync(connectionString);
        using (var first = JobsTestHost.Build(connectionString, "a", jobs => jobs.Add<RecordingJob>("hourly", Hourly, misfire)))
        {
            Assert.Equal(0, await first.RunRampartCommandAsync(["migrate"], TextWriter.Null));
            await first.StartAsync();
            await Eventually.UntilAsync(async () => await NextFireIsInTheFutureAsync(connectionString), "the trigger to be stored");
            await first.StopAsync();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE scheduler.qrtz_triggers SET start_time = @stored, next_fire_time = @missed", connection);
        var stored = DateTimeOffset.UtcNow.AddHours(-3);
        command.Parameters.AddWithValue("stored", StoredTime(stored));
        command.Parameters.AddWithValue("missed", StoredTime(new DateTimeOffset(stored.Year, stored.Month, stored.Day, stored.Hour, 0, 0, TimeSpan.Zero).AddHours(1)));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<bool> NextFireIsInTheFutureAsync(string connectionString)
    {
        var next = await JobsTestHost.ScalarAsync<object>(connectionString, "SELECT coalesce(max(next_fire_time), 0) FROM scheduler.qrtz_triggers");
        return Convert.ToInt64(next, System.Globalization.CultureInfo.InvariantCulture) > StoredTime(DateTimeOffset.UtcNow);
    }

    // Quartz.NET stores instants as UTC ticks.
    private static long StoredTime(DateTimeOffset instant) => instant.UtcTicks;
}
