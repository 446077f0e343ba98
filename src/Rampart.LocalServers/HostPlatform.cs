namespace Rampart.LocalServers;

/// <summary>The kinds of machine <c>rampart doctor</c> gives install commands for.</summary>
public enum HostPlatform
{
    /// <summary>Debian, Ubuntu and their derivatives (apt-get).</summary>
    Debian,

    /// <summary>Fedora, RHEL and their derivatives (dnf).</summary>
    Fedora,

    /// <summary>macOS with Homebrew.</summary>
    MacOS,

    /// <summary>Windows with winget.</summary>
    Windows,

    /// <summary>Another Linux: every platform's command is shown.</summary>
    OtherLinux,
}
