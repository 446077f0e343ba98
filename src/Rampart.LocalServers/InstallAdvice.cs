namespace Rampart.LocalServers;

/// <summary>The exact command that installs something, per platform.</summary>
/// <param name="Debian">Debian/Ubuntu (apt-get).</param>
/// <param name="Fedora">Fedora (dnf).</param>
/// <param name="MacOS">macOS (Homebrew).</param>
/// <param name="Windows">Windows (winget).</param>
public sealed record InstallAdvice(string Debian, string Fedora, string MacOS, string Windows)
{
    /// <summary>The platforms in the order they are shown, with their display names.</summary>
    public IReadOnlyList<(HostPlatform Platform, string Label, string Command)> Rows =>
    [
        (HostPlatform.Debian, "Debian/Ubuntu", Debian),
        (HostPlatform.Fedora, "Fedora", Fedora),
        (HostPlatform.MacOS, "macOS", MacOS),
        (HostPlatform.Windows, "Windows", Windows),
    ];

    /// <summary>The command for <paramref name="platform"/>, or null on a platform without its own (another Linux).</summary>
    public string? For(HostPlatform platform) => Rows.FirstOrDefault(row => row.Platform == platform).Command;
}
