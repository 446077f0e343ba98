namespace Rampart.AspNetCore.Jobs;

/// <summary>What happens to firings that were missed while no instance of the service was running.</summary>
public enum JobMisfire
{
    /// <summary>Run once as soon as an instance is back, however many firings were missed, then keep the schedule (for catch-up work such as clean-ups).</summary>
    RunOnceNow,

    /// <summary>Skip the missed firings and wait for the next one (for work that only makes sense on time).</summary>
    Skip,
}
