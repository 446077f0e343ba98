namespace Rampart.AspNetCore.Jobs;

/// <summary>
/// Settings of the scheduler (<c>Rampart:Jobs</c>). Every instance of one service shares one cluster: the same
/// <see cref="SchedulerName"/> on the same database, so each firing of a schedule runs on exactly one instance.
/// </summary>
public sealed class RampartJobsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:Jobs";

    /// <summary>When false, no scheduler starts on this instance (the job store schema is still migrated). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The connection string (under <c>ConnectionStrings</c>) of the database that holds the job store. Default <c>Database</c>.</summary>
    public string ConnectionStringName { get; set; } = "Database";

    /// <summary>The PostgreSQL schema of the job store's tables. Default <c>scheduler</c>.</summary>
    public string Schema { get; set; } = "scheduler";

    /// <summary>The cluster's name, the same on every instance of the service. Default: the application name.</summary>
    public string? SchedulerName { get; set; }

    /// <summary>How late a firing may start and still count as on time; later is a misfire, handled per job. Default one minute.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an instance tells the cluster it is alive; a silent instance's firings are recovered by the others. Default 15 s.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest a run may take before it is cancelled through its token. Default ten minutes.</summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Per job (by the name it was added under): its schedule, misfire handling and whether it runs.</summary>
    public Dictionary<string, JobScheduleOptions> Schedules { get; } = new(StringComparer.OrdinalIgnoreCase);
}
