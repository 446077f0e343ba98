using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Rampart.AspNetCore.Jobs.Tests;

/// <summary>A service instance with the jobs block on one test database, and the table its test jobs write their runs to.</summary>
internal static class JobsTestHost
{
    public static IHost Build(string connectionString, string instance, Action<RampartJobs> jobs, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = connectionString,
            ["Rampart:Jobs:SchedulerName"] = "jobs-tests",
            ["Rampart:Jobs:CheckinInterval"] = "00:00:02",
            ["Test:Instance"] = instance,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddRampartJobs(builder.Configuration, jobs);
        return builder.Build();
    }

    public static async Task CreateRunsTableAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "CREATE TABLE job_runs (job text NOT NULL, instance text NOT NULL, scheduled_at timestamptz, outcome text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())",
            connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
