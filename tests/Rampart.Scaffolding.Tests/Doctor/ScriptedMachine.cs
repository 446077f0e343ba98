using Rampart.LocalServers;

namespace Rampart.Scaffolding.Tests.Doctor;

/// <summary>A machine described by its files, PATH, variables and answers: every check sees exactly this.</summary>
internal sealed class ScriptedMachine : IHostProbe
{
    public HostPlatform Platform { get; set; } = HostPlatform.Debian;

    public bool IsRoot { get; set; }

    public bool CanInstallDebianPackages { get; set; }

    public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Path { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public HashSet<int> BusyPorts { get; } = [];

    public HashSet<string> ClosedFolders { get; } = new(StringComparer.Ordinal);

    public string? WriteError { get; set; }

    /// <summary>What <c>dotnet --version</c> answers; null: dotnet is not installed.</summary>
    public ProcessResult? Dotnet { get; set; } = new(0, "10.0.401\n", string.Empty);

    public static ScriptedMachine WithEverything()
    {
        var machine = new ScriptedMachine();
        machine.Files.Add("/usr/lib/postgresql/15/bin/initdb");
        machine.Files.Add("/usr/sbin/rabbitmq-server");
        machine.Files.Add("/usr/bin/redis-server");
        foreach (var tool in new[] { "kill", "setsid", "runuser" })
        {
            machine.Path[tool] = "/usr/bin/" + tool;
        }

        return machine;
    }

    public string? Variable(string name) => Variables.GetValueOrDefault(name);

    public bool FileExists(string path) => Files.Contains(path);

    public IReadOnlyList<string> Folders(string path)
    {
        var prefix = path.TrimEnd('/') + "/";
        return [.. Files.Where(file => file.StartsWith(prefix, StringComparison.Ordinal))
            .Select(file => prefix + file[prefix.Length..].Split('/')[0])
            .Distinct(StringComparer.Ordinal)];
    }

    public string? OnPath(string program) => Path.GetValueOrDefault(program);

    public Task<ProcessResult> RunAsync(string file, IReadOnlyList<string> arguments, string? workingDirectory, CancellationToken cancellationToken) =>
        file == "dotnet"
            ? Dotnet is { } answer ? Task.FromResult(answer) : throw new LocalServerException("Could not run 'dotnet'.", "Install it.")
            : Task.FromResult(new ProcessResult(0, $"{System.IO.Path.GetFileName(file)} (PostgreSQL) 15.18\n", string.Empty));

    public bool IsPortFree(int port) => !BusyPorts.Contains(port);

    public string? WriteProblem(string folder) => WriteError;

    public bool OthersMayEnter(string folder) => !ClosedFolders.Contains(folder);
}
