namespace Rampart.AspNetCore.Telemetry;

/// <summary>The activity sources and meters the telemetry block listens to by default.</summary>
public static class RampartTelemetrySources
{
    /// <summary>Activity sources: ASP.NET Core hosting, HttpClient, Npgsql.</summary>
    public static IReadOnlyList<string> ActivitySources { get; } = ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql"];

    /// <summary>Meters: ASP.NET Core hosting, routing, diagnostics, rate limiting, Kestrel, HttpClient, Npgsql, runtime.</summary>
    public static IReadOnlyList<string> Meters { get; } =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "System.Net.Http",
        "Npgsql",
        "System.Runtime",
    ];
}
