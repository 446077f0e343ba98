namespace Rampart.LocalServers;

/// <summary>
/// A server program run from the system, as one row of <see cref="SystemPrograms.All"/>: where it is looked for,
/// which Debian package is installed as root, and the install command per platform that <c>rampart doctor</c>,
/// <c>rampart dev</c> and a test run without binaries print.
/// </summary>
/// <param name="Name">Its name in messages.</param>
/// <param name="LooksFor">What is looked for, in words.</param>
/// <param name="DebianPackage">The Debian package installed when running as root with apt-get.</param>
/// <param name="Install">The install command per platform.</param>
/// <param name="Locate">Finds it on a machine.</param>
internal sealed record SystemProgram(
    string Name,
    string LooksFor,
    string DebianPackage,
    InstallAdvice Install,
    Func<IHostProbe, ProgramLocation> Locate)
{
    /// <summary>Where it is (see <see cref="ProgramLocation.Path"/>), installing the Debian package first when it may.</summary>
    public async Task<string> FindOrInstallAsync(IHostProbe probe, IServerOutput output, CancellationToken cancellationToken)
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

        throw NotFound(location, probe);
    }

    /// <summary>Where it is; never installs anything (a test run does not change the machine).</summary>
    public string Find(IHostProbe probe)
    {
        var location = Locate(probe);
        return location.Path ?? throw NotFound(location, probe);
    }

    private LocalServerException NotFound(ProgramLocation location, IHostProbe probe) => new(
        location.Problem ?? $"{Name} ({LooksFor}) was not found.",
        location.Problem is null ? $"Install it: {Install.For(probe.Platform) ?? Install.Debian} (rampart doctor shows the command for every platform)." : location.Fix!);
}
