using Rampart.Scaffolding.Dev;

namespace Rampart.Scaffolding.Doctor;

/// <summary>
/// A server program <c>rampart dev</c> runs from the system, as one row of <see cref="SystemPrograms.All"/>: when a
/// solution needs it, where it is looked for, which Debian package <c>rampart dev</c> installs as root, and the
/// install command per platform that <c>rampart doctor</c> (and <c>rampart dev</c>, when it stops) prints.
/// </summary>
/// <param name="Name">Its name in messages.</param>
/// <param name="LooksFor">What is looked for, in words.</param>
/// <param name="DebianPackage">The Debian package installed when running as root with apt-get.</param>
/// <param name="Install">The install command per platform.</param>
/// <param name="NeededBy">Whether a solution's settings call for it.</param>
/// <param name="Because">Why a solution needs it, for the report.</param>
/// <param name="Locate">Finds it on a machine.</param>
internal sealed record SystemProgram(
    string Name,
    string LooksFor,
    string DebianPackage,
    InstallAdvice Install,
    Func<ProjectSettings, bool> NeededBy,
    string Because,
    Func<IHostProbe, ProgramLocation> Locate)
{
    /// <summary>Where it is (see <see cref="ProgramLocation.Path"/>), installing the Debian package first when it may.</summary>
    public async Task<string> FindOrInstallAsync(IHostProbe probe, IDevOutput output, CancellationToken cancellationToken)
    {
        var location = Locate(probe);
        if (location.Path is { } found)
        {
            return found;
        }

        if (location.Problem is null && probe.CanInstallDebianPackages)
        {
            output.Info($"Installing {Name} from the Debian packages (once)...");
            await AptGet.InstallAsync(DebianPackage, cancellationToken);
            location = Locate(probe);
            if (location.Path is { } installed)
            {
                return installed;
            }
        }

        throw new ScaffoldingException(
            location.Problem ?? $"{Name} ({LooksFor}) was not found.",
            location.Problem is null ? $"Install it: {Install.For(probe.Platform) ?? Install.Debian} (rampart doctor shows the command for every platform)." : location.Fix!,
            ScaffoldingErrorKind.Environment);
    }
}
