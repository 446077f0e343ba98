
namespace Rampart.LocalServers;

/// <summary>This machine, as the doctor and the local servers see it.</summary>
internal sealed class MachineProbe : IHostProbe
{
    public static readonly MachineProbe Instance = new();

    private MachineProbe()
    {
    }

    public HostPlatform Platform { get; } = Detect();

    public bool IsRoot => ProcessRunner.IsRoot;

    public bool CanInstallDebianPackages => IsRoot && File.Exists("/usr/bin/apt-get");

    public string? Variable(string name) => Environment.GetEnvironmentVariable(name);

    public bool FileExists(string path) => File.Exists(path);

    public IReadOnlyList<string> Folders(string path) => Directory.Exists(path) ? Directory.GetDirectories(path) : [];

    public string? OnPath(string program)
    {
        var names = OperatingSystem.IsWindows() ? new[] { program + ".exe", program + ".cmd", program + ".bat" } : [program];
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    public Task<ProcessResult> RunAsync(string file, IReadOnlyList<string> arguments, string? workingDirectory, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(file, arguments, cancellationToken, workingDirectory: workingDirectory);

    public bool IsPortFree(int port) => LoopbackPort.IsFree(port);

    public string? WriteProblem(string folder)
    {
        var probe = Path.Combine(folder, $".rampart-doctor-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }

    public bool OthersMayEnter(string folder) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(folder) & UnixFileMode.OtherExecute) != 0;

    private static HostPlatform Detect()
    {
        if (OperatingSystem.IsWindows())
        {
            return HostPlatform.Windows;
        }

        if (OperatingSystem.IsMacOS())
        {
            return HostPlatform.MacOS;
        }

        const string OsRelease = "/etc/os-release";
        var ids = File.Exists(OsRelease)
            ? File.ReadLines(OsRelease)
                .Where(line => line.StartsWith("ID=", StringComparison.Ordinal) || line.StartsWith("ID_LIKE=", StringComparison.Ordinal))
                .SelectMany(line => line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim('"').Split(' '))
                .ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        return ids.Contains("debian") || ids.Contains("ubuntu") ? HostPlatform.Debian
            : ids.Contains("fedora") || ids.Contains("rhel") ? HostPlatform.Fedora
            : HostPlatform.OtherLinux;
    }
}
