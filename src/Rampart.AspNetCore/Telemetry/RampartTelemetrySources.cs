namespace Rampart.AspNetCore.Telemetry;

/// <summary>What the telemetry block listens to besides the instrumentation packages (ASP.NET Core, HttpClient, Npgsql, runtime).</summary>
public static class RampartTelemetrySources
{
    /// <summary>Activity sources: every Rampart building block's, the messaging block's outbox and inbox spans among them.</summary>
    public static IReadOnlyList<string> ActivitySources { get; } = ["Rampart.*"];

    /// <summary>Meters: every Rampart building block's.</summary>
    public static IReadOnlyList<string> Meters { get; } = ["Rampart.*"];
}
