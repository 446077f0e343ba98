using Rampart.LocalServers;
namespace Rampart.Scaffolding.Doctor;

/// <summary>Install commands for what <c>rampart dev</c> needs besides its servers (<see cref="SystemPrograms"/>).</summary>
internal static class DoctorAdvice
{
    public static readonly InstallAdvice DotnetSdk = new(
        "sudo apt-get install -y dotnet-sdk-10.0",
        "sudo dnf install -y dotnet-sdk-10.0",
        "brew install --cask dotnet-sdk",
        "winget install Microsoft.DotNet.SDK.10");

    public static readonly InstallAdvice ProcessTools = new(
        "sudo apt-get install -y util-linux procps",
        "sudo dnf install -y util-linux procps-ng",
        "brew install util-linux",
        "wsl --install, then run rampart inside WSL (its Debian/Ubuntu commands apply)");
}
