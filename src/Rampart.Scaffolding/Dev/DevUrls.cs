namespace Rampart.Scaffolding.Dev;

/// <summary>Where the running service answers.</summary>
/// <param name="Api">The API's base address.</param>
public sealed record DevUrls(Uri Api)
{
    /// <summary>The docs page.</summary>
    public Uri Docs => new(Api, "/docs");

    /// <summary>Readiness: 200 when every dependency answers.</summary>
    public Uri Ready => new(Api, "/health/ready");

    /// <summary>Liveness: 200 while the process runs.</summary>
    public Uri Live => new(Api, "/health/live");
}
