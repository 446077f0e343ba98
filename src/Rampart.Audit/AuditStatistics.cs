namespace Rampart.Audit;

/// <summary>How much code an audit read and how long it took.</summary>
/// <param name="Projects">Projects analysed.</param>
/// <param name="Files">C# files analysed.</param>
/// <param name="Lines">Lines in those files.</param>
/// <param name="Elapsed">Wall time from loading to the last analyzer.</param>
public sealed record AuditStatistics(int Projects, int Files, long Lines, TimeSpan Elapsed);
