using System.Text.Json;
using Rampart.LocalServers;
using Rampart.Scaffolding.Dev;

namespace Rampart.Scaffolding.Doctor;

/// <summary>
/// Checks that <c>rampart dev</c> can run here: the .NET SDK the solution pins, the servers its settings call for
/// (<see cref="SystemPrograms.All"/>), the tools the orchestrator uses, the API port and write access. <c>rampart doctor</c>
/// prints the report; <c>rampart dev</c> runs the same checks first and stops on a failure with the same advice.
/// </summary>
public sealed class DevDoctor
{
    private readonly string? _solution;
    private readonly ProjectSettings? _settings;
    private readonly int? _port;
    private readonly IHostProbe _probe;

    internal DevDoctor(string? solutionDirectory, ProjectSettings? settings, int? requestedPort, IHostProbe probe)
    {
        _solution = solutionDirectory;
        _settings = settings;
        _port = requestedPort;
        _probe = probe;
    }

    /// <summary>
    /// A doctor for the solution in or above <paramref name="path"/>, or, outside any generated solution, for what every
    /// solution needs. <paramref name="requestedPort"/>: the API port asked for (null: the default, 0: any free port).
    /// </summary>
    public static DevDoctor For(string path, int? requestedPort)
    {
        var solution = SolutionFolder.FindOrNull(path);
        return new DevDoctor(solution, solution is null ? null : ProjectSettings.Load(solution), requestedPort, MachineProbe.Instance);
    }

    /// <summary>Runs every check; never throws for what it finds.</summary>
    public async Task<DoctorReport> CheckAsync(CancellationToken cancellationToken)
    {
        List<DoctorFinding> findings = [await DotnetSdkAsync(cancellationToken)];
        findings.AddRange(Tools());
        foreach (var program in SystemPrograms.All.Where(program => _settings is null ? program == SystemPrograms.Postgres : program.NeededBy(_settings)))
        {
            findings.Add(await ServerAsync(program, cancellationToken));
        }

        findings.Add(ApiPort());
        if (_solution is not null)
        {
            findings.Add(WriteAccess(_solution));
            findings.AddRange(PostgresUserAccess(_solution));
        }

        return new DoctorReport(_probe.Platform, _solution, findings);
    }

    private async Task<DoctorFinding> DotnetSdkAsync(CancellationToken cancellationToken)
    {
        const string Check = ".NET SDK";
        var pinned = PinnedSdk();
        var wanted = pinned is null ? "a .NET 10 SDK" : $"SDK {pinned} (global.json; its rollForward may accept a later one)";
        ProcessResult result;
        try
        {
            // The dotnet host resolves global.json exactly as a build will (version and roll-forward policy).
            result = await _probe.RunAsync("dotnet", ["--version"], _solution ?? Environment.CurrentDirectory, cancellationToken);
        }
        catch (LocalServerException)
        {
            return new DoctorFinding(Check, DoctorStatus.Failed, $"'dotnet' is not on the PATH; needed: {wanted}.", DoctorAdvice.DotnetSdk);
        }

        var version = result.Output.Trim();
        if (result.Succeeded && Version.TryParse(version.Split('-')[0], out var parsed) && parsed.Major >= 10)
        {
            return new DoctorFinding(Check, DoctorStatus.Ok, pinned is null ? version : $"{version} (global.json pins {pinned})");
        }

        var why = result.Succeeded ? $"dotnet {version} is older than .NET 10" : result.Text.Split('\n')[0].Trim().TrimEnd('.');
        return new DoctorFinding(Check, DoctorStatus.Failed, $"{why}; needed: {wanted}.", DoctorAdvice.DotnetSdk);
    }

    private IEnumerable<DoctorFinding> Tools()
    {
        List<string> tools = ["kill"];
        if (_settings is not null && SystemPrograms.RabbitMq.NeededBy(_settings))
        {
            tools.Add("setsid");
        }

        if (_probe.IsRoot)
        {
            tools.Add("runuser");
        }

        var missing = tools.Where(tool => _probe.OnPath(tool) is null).ToList();
        yield return missing.Count == 0
            ? new DoctorFinding("Process tools", DoctorStatus.Ok, string.Join(", ", tools))
            : new DoctorFinding("Process tools", DoctorStatus.Failed, $"{string.Join(", ", missing)} not found: rampart dev starts and stops the servers with them.", DoctorAdvice.ProcessTools);
    }

    private async Task<DoctorFinding> ServerAsync(SystemProgram program, CancellationToken cancellationToken)
    {
        var location = program.Locate(_probe);
        if (location.Problem is { } problem)
        {
            return new DoctorFinding(program.Name, DoctorStatus.Failed, problem, Fix: location.Fix);
        }

        if (location.Path is not { } path)
        {
            return _probe.CanInstallDebianPackages
                ? new DoctorFinding(program.Name, DoctorStatus.Note, $"{program.LooksFor} not installed: rampart dev installs the Debian package {program.DebianPackage} (you are root)")
                : new DoctorFinding(program.Name, DoctorStatus.Failed, $"{program.LooksFor} not found ({program.Because()}).", program.Install);
        }

        return new DoctorFinding(program.Name, DoctorStatus.Ok, await DescribeAsync(program, path, cancellationToken));
    }

    private async Task<string> DescribeAsync(SystemProgram program, string path, CancellationToken cancellationToken)
    {
        if (program != SystemPrograms.Postgres)
        {
            return path;
        }

        try
        {
            var version = await _probe.RunAsync(Path.Combine(path, "initdb"), ["--version"], null, cancellationToken);
            return version.Succeeded ? $"{version.Output.Trim()} in {path}" : path;
        }
        catch (LocalServerException)
        {
            return path;
        }
    }

    private DoctorFinding ApiPort()
    {
        const string Check = "API port";
        if (_port is 0)
        {
            return new DoctorFinding(Check, DoctorStatus.Ok, "--port 0: a free port is chosen at start");
        }

        var port = _port ?? DevSession.DefaultApiPort;
        if (_probe.IsPortFree(port))
        {
            return new DoctorFinding(Check, DoctorStatus.Ok, $"{port} is free");
        }

        return _port is null
            ? new DoctorFinding(Check, DoctorStatus.Note, $"{port} is in use: rampart dev will listen on a free port instead")
            : new DoctorFinding(Check, DoctorStatus.Failed, $"{port} is in use.", Fix: $"Stop what listens on {port}, or choose another port (--port <port>, or --port 0 for any free one).");
    }

    private DoctorFinding WriteAccess(string solution)
    {
        var data = DevSession.DataDirectoryOf(solution);
        var existing = data;
        while (!Directory.Exists(existing))
        {
            existing = Path.GetDirectoryName(existing)!;
        }

        return _probe.WriteProblem(existing) is { } problem
            ? new DoctorFinding("Write access", DoctorStatus.Failed, $"Cannot create {data}: {problem}", Fix: $"Give your user write access to {existing} (or run rampart dev on a copy of the solution you own).")
            : new DoctorFinding("Write access", DoctorStatus.Ok, $"{data} can be written");
    }

    private IEnumerable<DoctorFinding> PostgresUserAccess(string solution)
    {
        if (!_probe.IsRoot || _probe.Platform == HostPlatform.Windows)
        {
            yield break;
        }

        // As root, PostgreSQL runs as the postgres user: it must be able to enter every folder above its data.
        var closed = new List<string>();
        for (var folder = solution; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (!_probe.OthersMayEnter(folder))
            {
                closed.Add(folder);
            }
        }

        yield return closed.Count == 0
            ? new DoctorFinding("Folder access", DoctorStatus.Ok, "the postgres user can reach the solution's data folder")
            : new DoctorFinding("Folder access", DoctorStatus.Failed, $"You run as root, so PostgreSQL runs as the postgres user, which cannot enter {string.Join(", ", closed)}.", Fix: $"chmod o+x {string.Join(' ', closed.Order(StringComparer.Ordinal))}  (or place the solution under a folder others may enter)");
    }

    private string? PinnedSdk()
    {
        var file = _solution is null ? null : Path.Combine(_solution, "global.json");
        if (file is null || !File.Exists(file))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            return json.RootElement.TryGetProperty("sdk", out var sdk) && sdk.TryGetProperty("version", out var version) ? version.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
