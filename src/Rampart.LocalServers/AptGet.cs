namespace Rampart.LocalServers;

/// <summary>Installs Debian packages (only ever called when running as root).</summary>
internal static class AptGet
{
    public static async Task InstallAsync(string package, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["DEBIAN_FRONTEND"] = "noninteractive" };
        var update = await ProcessRunner.RunAsync("apt-get", ["update", "-qq"], cancellationToken, environment: environment);
        var install = update.Succeeded
            ? await ProcessRunner.RunAsync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", package], cancellationToken, environment: environment)
            : update;
        if (!install.Succeeded)
        {
            throw new LocalServerException($"Installing {package} failed: {install.Text}", $"Install it yourself: apt-get install -y {package}");
        }
    }
}
