using System.Globalization;

namespace Rampart.LocalServers;

/// <summary>
/// A private PostgreSQL server: for <c>rampart dev</c> its data in the solution's <c>.rampart/dev/postgres</c> (kept
/// across runs), for a test run a temporary folder (<see cref="TestPostgres"/>); a free loopback port per start, trust
/// authentication on loopback, and one database for the service.
/// </summary>
/// <param name="dataDirectory">The server's data folder; created on first start.</param>
/// <param name="database">The database to create for the service.</param>
/// <param name="binDirectory">PostgreSQL's bin folder. Defaults to RAMPART_DEV_PG_BINDIR, else the system's installation (installed when missing and running as root).</param>
public sealed class LocalPostgres(string dataDirectory, string database, string? binDirectory = null) : ILocalServer
{
    private const string SystemUser = "postgres";
    private string? _binDirectory = binDirectory;
    private int? _processId;
    private int _port;

    /// <inheritdoc />
    public string Name => "PostgreSQL";

    /// <summary>The running server's process id, or null.</summary>
    public int? ProcessId => _processId;

    /// <summary>The server's data folder.</summary>
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    /// <inheritdoc />
    public async Task<LocalServerEndpoint> StartAsync(IServerOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        _binDirectory ??= await SystemPrograms.Postgres.FindOrInstallAsync(MachineProbe.Instance, output, cancellationToken);
        await StopLeftoverAsync();
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            output.Info($"Creating the database cluster in {DataDirectory}");
            await PrepareDataDirectoryAsync(cancellationToken);
            await RunToolAsync("initdb", ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], cancellationToken);
        }

        var port = _port = LoopbackPort.Free();
        await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-l", Path.Combine(DataDirectory, "log"), "-w", "-t", "60", "start",
            "-o", $"-p {port} -k {DataDirectory} -c listen_addresses=127.0.0.1"], cancellationToken);
        _processId = ReadProcessId() ?? throw new LocalServerException("PostgreSQL started but wrote no postmaster.pid.", $"See {Path.Combine(DataDirectory, "log")}.");
        await EnsureDatabaseAsync(port, cancellationToken);
        return new LocalServerEndpoint(port, _processId.Value, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ConnectionStrings__Database"] = ConnectionString(database),
        });
    }

    /// <summary>An Npgsql connection string to <paramref name="name"/> on the running server.</summary>
    internal string ConnectionString(string name) =>
        $"Host=127.0.0.1;Port={_port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Password=postgres;Database={name}";

    /// <inheritdoc />
    public async Task StopAsync()
    {
        if (_processId is { } pid && ProcessRunner.IsAlive(pid) && _binDirectory is not null)
        {
            await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-w", "-t", "30", "stop", "-m", "fast"], CancellationToken.None, throwOnFailure: false);
            // pg_ctl returns once the pid file is gone, a moment before the process itself.
            if (!await ProcessRunner.WaitUntilGoneAsync(pid, TimeSpan.FromSeconds(10)))
            {
                await ProcessRunner.RunAsync("kill", ["-KILL", pid.ToString(CultureInfo.InvariantCulture)], CancellationToken.None);
            }
        }

        _processId = null;
    }

    /// <inheritdoc />
    public async Task ResetAsync()
    {
        _binDirectory ??= Directory.Exists(DataDirectory) ? await SystemPrograms.Postgres.FindOrInstallAsync(MachineProbe.Instance, NullServerOutput.Instance, CancellationToken.None) : null;
        await StopLeftoverAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private async Task StopLeftoverAsync()
    {
        // A server still running on this data (an earlier session that was killed) is ours: stop it before starting.
        if (ReadProcessId() is { } pid && ProcessRunner.IsAlive(pid))
        {
            _processId = pid;
            await StopAsync();
        }
    }

    private int? ReadProcessId()
    {
        var file = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(file))
        {
            return null;
        }

        var first = File.ReadLines(file).FirstOrDefault();
        return int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private async Task PrepareDataDirectoryAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        if (!ProcessRunner.IsRoot || OperatingSystem.IsWindows())
        {
            return;
        }

        // initdb refuses root: the server runs as the postgres user, which must own the data and reach it.
        for (var folder = Path.GetDirectoryName(DataDirectory); folder is not null && folder.Contains(".rampart", StringComparison.Ordinal); folder = Path.GetDirectoryName(folder))
        {
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var chown = await ProcessRunner.RunAsync("chown", ["-R", $"{SystemUser}:{SystemUser}", DataDirectory], cancellationToken);
        if (!chown.Succeeded)
        {
            throw new LocalServerException($"Could not hand {DataDirectory} to the postgres user: {chown.Text}", "Check that the postgres system user exists (it comes with the postgresql package).");
        }
    }

    private async Task EnsureDatabaseAsync(int port, CancellationToken cancellationToken)
    {
        string[] connection = ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-U", "postgres"];
        var exists = await RunToolAsync("psql", [.. connection, "-d", "postgres", "-tAc", $"SELECT 1 FROM pg_database WHERE datname = '{database.Replace("'", "''", StringComparison.Ordinal)}'"], cancellationToken);
        if (exists.Output.Trim() != "1")
        {
            await RunToolAsync("createdb", [.. connection, database], cancellationToken);
        }
    }

    private async Task<ProcessResult> RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool throwOnFailure = true)
    {
        var file = Path.Combine(_binDirectory!, tool);
        var asPostgres = ProcessRunner.IsRoot && tool is "initdb" or "pg_ctl";
        var result = await ProcessRunner.RunAsync(file, arguments, cancellationToken, asUser: asPostgres ? SystemUser : null);
        if (!result.Succeeded && throwOnFailure)
        {
            var hint = asPostgres
                ? "PostgreSQL runs as the postgres user: every folder above the solution must be readable by it (chmod o+rx), or place the solution elsewhere."
                : "See the message above.";
            throw new LocalServerException($"{tool} failed ({result.ExitCode}): {result.Text}", hint);
        }

        return result;
    }
}
