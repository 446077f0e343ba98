using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Jobs;

internal static partial class JobsLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Job {Job} started (scheduled for {ScheduledAt:o}, fired {FiredAt:o}{Recovering})")]
    public static partial void Started(ILogger logger, string job, DateTimeOffset? scheduledAt, DateTimeOffset firedAt, string recovering);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Job {Job} completed in {ElapsedMs:0} ms")]
    public static partial void Completed(ILogger logger, string job, double elapsedMs);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Error, Message = "Job {Job} failed after {ElapsedMs:0} ms; the next firing runs as scheduled")]
    public static partial void Failed(ILogger logger, Exception exception, string job, double elapsedMs);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Job {Job} was cancelled after {ElapsedMs:0} ms (shutdown or its time limit)")]
    public static partial void Cancelled(ILogger logger, string job, double elapsedMs);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Scheduler {Scheduler} is off on this instance (Rampart:Jobs:Enabled is false)")]
    public static partial void Disabled(ILogger logger, string scheduler);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Warning, Message = "The scheduler cannot start yet ({Reason}); it retries until the job store is reachable, and jobs run once it has started")]
    public static partial void SchedulerWaiting(ILogger logger, string reason);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Information, Message = "Scheduler {Scheduler} started after {DownSeconds:0} s of waiting for its job store")]
    public static partial void SchedulerStartedAfterOutage(ILogger logger, string scheduler, double downSeconds);
}
