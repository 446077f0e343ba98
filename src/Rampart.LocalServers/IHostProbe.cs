
namespace Rampart.LocalServers;

/// <summary>What the doctor and the local servers ask of the machine; tests substitute a scripted machine.</summary>
internal interface IHostProbe
{
    HostPlatform Platform { get; }

    bool IsRoot { get; }

    /// <summary>True when missing Debian packages can be installed without asking: root, with apt-get.</summary>
    bool CanInstallDebianPackages { get; }

    string? Variable(string name);

    bool FileExists(string path);

    /// <summary>The sub-folders of <paramref name="path"/>; none when it does not exist.</summary>
    IReadOnlyList<string> Folders(string path);

    /// <summary>The full path of <paramref name="program"/> on the PATH, or null.</summary>
    string? OnPath(string program);

    Task<ProcessResult> RunAsync(string file, IReadOnlyList<string> arguments, string? workingDirectory, CancellationToken cancellationToken);

    bool IsPortFree(int port);

    /// <summary>Why files cannot be created in <paramref name="folder"/> (an existing folder), or null when they can.</summary>
    string? WriteProblem(string folder);

    /// <summary>Whether users other than the owner may enter <paramref name="folder"/> (the postgres user, when root runs rampart dev).</summary>
    bool OthersMayEnter(string folder);
}
