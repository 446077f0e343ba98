using Microsoft.Extensions.Configuration;
using Quartz;

namespace Rampart.AspNetCore.Jobs.Tests;

/// <summary>Starts, then waits on its token until the scheduler shuts down, and records that it saw the cancellation.</summary>
internal sealed class BlockingJob(IConfiguration configuration) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await RecordingJob.Record(configuration, context, "started", CancellationToken.None);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await RecordingJob.Record(configuration, context, "cancelled", CancellationToken.None);
            throw;
        }
    }
}
