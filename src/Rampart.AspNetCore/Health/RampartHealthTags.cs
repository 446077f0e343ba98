namespace Rampart.AspNetCore.Health;

/// <summary>Tags that decide which health endpoint runs a check.</summary>
public static class RampartHealthTags
{
    /// <summary>
    /// Checks tagged <c>ready</c> run on <c>/health/ready</c>: register a dependency check with
    /// <c>services.AddHealthChecks().AddCheck&lt;T&gt;("postgres", tags: [RampartHealthTags.Ready])</c>.
    /// <c>/health/live</c> runs no check.
    /// </summary>
    public const string Ready = "ready";
}
