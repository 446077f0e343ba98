namespace Rampart.Scaffolding.Dev;

/// <summary>How <c>rampart dev</c> runs the service.</summary>
/// <param name="Watch">Rebuild and restart on source changes (<c>--watch</c>) while the servers keep running.</param>
/// <param name="JsonLogs">The service writes JSON log lines (<c>--json-logs</c>) instead of readable ones.</param>
/// <param name="Color">The service colours its log levels (the terminal shows colour and it was not turned off).</param>
/// <param name="Instances">How many instances of the service run side by side (<c>--instances</c>), each on a port of its own, against the same servers.</param>
public sealed record DevRunOptions(bool Watch = false, bool JsonLogs = false, bool Color = false, int Instances = 1)
{
    /// <summary>The most instances <c>--instances</c> accepts: enough to see scale-out, few enough for one machine.</summary>
    public const int MaxInstances = 8;
}
