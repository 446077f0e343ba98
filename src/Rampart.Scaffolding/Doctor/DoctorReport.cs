using Rampart.LocalServers;
namespace Rampart.Scaffolding.Doctor;

/// <summary>Every check <c>rampart doctor</c> ran (and <c>rampart dev</c> runs first), in order.</summary>
/// <param name="Platform">The machine's platform: its install commands are shown first.</param>
/// <param name="SolutionDirectory">The solution checked, or null outside a generated solution.</param>
/// <param name="Findings">The checks' outcomes.</param>
public sealed record DoctorReport(HostPlatform Platform, string? SolutionDirectory, IReadOnlyList<DoctorFinding> Findings)
{
    /// <summary>True when nothing failed: <c>rampart dev</c> can run.</summary>
    public bool CanRunDev => Findings.All(finding => finding.Status != DoctorStatus.Failed);

    /// <summary>The checks that need attention.</summary>
    public IEnumerable<DoctorFinding> Problems => Findings.Where(finding => finding.Status == DoctorStatus.Failed);
}
