using Microsoft.Extensions.Configuration;
using Npgsql;
using Quartz;

namespace Rampart.AspNetCore.Jobs.Tests;

/// <summary>Writes one row per run: which job, which instance, the firing it ran for.</summary>
internal sealed class RecordingJob(IConfiguration configuration) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await Record(configuration, context, "ran", cancellationToken);

    public static async Task Record(IConfiguration configuration, IJobExecutionContext context, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(configuration.GetConnectionString("Database"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("INSERT INTO job_runs (job, instance, scheduled_at, outcome) VALUES (@job, @instance, @scheduled, @outcome)", connection);
        command.Parameters.AddWithValue("job", context.JobDetail.Key.Name);
        command.Parameters.AddWithValue("instance", configuration["Test:Instance"]!);
        command.Parameters.AddWithValue("scheduled", (object?)context.ScheduledFireTimeUtc ?? DBNull.Value);
        command.Parameters.AddWithValue("outcome", outcome);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
