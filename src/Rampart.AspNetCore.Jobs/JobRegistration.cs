namespace Rampart.AspNetCore.Jobs;

/// <summary>One job as the code added it, before configuration.</summary>
internal sealed record JobRegistration(string Name, Type JobType, string Cron, JobMisfire Misfire, string? Description);
