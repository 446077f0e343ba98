using Microsoft.Extensions.Logging;
using Quartz;

namespace Rampart.AspNetCore.Jobs;

/// <summary>
/// One line when a run starts and one when it ends (with its duration and outcome), inside Quartz's job log scope (job
/// name, fire instance id), so a run's own log lines and the database work it does read as one story. The run's span
/// comes from Quartz's own instrumentation, which the block adds to the service's tracing.
/// </summary>
internal sealed class JobRunLog(ILogger<JobRunLog> logger) : IJobListener
{
    public string Name => "Rampart.JobRunLog";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        JobsLog.Started(logger, context.JobDetail.Key.Name, context.ScheduledFireTimeUtc, context.FireTimeUtc, context.Recovering ? ", recovering a run of a stopped instance" : string.Empty);
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var job = context.JobDetail.Key.Name;
        var elapsed = context.JobRunTime.TotalMilliseconds;
        switch (jobException?.InnerException ?? jobException)
        {
            case null:
                JobsLog.Completed(logger, job, elapsed);
                break;
            case OperationCanceledException:
                JobsLog.Cancelled(logger, job, elapsed);
                break;
            case var failure:
                JobsLog.Failed(logger, failure, job, elapsed);
                break;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
