using System.Net;
using System.Net.Sockets;

namespace Rampart.Testing;

/// <summary>
/// A private PostgreSQL server with its own data directory and port, for tests that stop, start or restart
/// the database (fault tests). Costs a few seconds: use the shared server through <see cref="PostgresDatabase"/> otherwise.
/// </summary>
public sealed class PostgresInstance : IAsyncDisposable
{
    // initdb and pg_ctl -w -t 60 finish well within this on a loaded machine; past it, they hang.
    private static readonly TimeSpan ToolBound = TimeSpan.FromMinutes(3);

    private readonly string _dataDirectory;
    private readonly string _binDirectory;

    private PostgresInstance(string dataDirectory, string binDirectory, int port)
    {
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        Port = port;
    }

    /// <summary>The port the server listens on (the same across restarts).</summary>
    public int Port { get; }

    /// <summary>Connection string to the <c>postgres</c> database of this server.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Password=postgres;Database=postgres;Timeout=5";

    /// <summary>Creates and starts a fresh server.</summary>
    public static async Task<PostgresInstance> StartAsync(CancellationToken cancellationToken = default)
    {
        var bin = TestEnvironment.PostgresBinDirectory;
        var data = Directory.CreateTempSubdirectory("rampart-pg-").FullName;
        var instance = new PostgresInstance(data, bin, FreePort());
        await RunAsync("chmod", ["755", data], asPostgres: false, cancellationToken);
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", data], asPostgres: false, cancellationToken);
        }

        await instance.RunPostgresAsync("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], cancellationToken);
        await instance.StartAgainAsync(cancellationToken);
        return instance;
    }

    /// <summary>
    /// Starts the server again after <see cref="StopAsync"/>; returns once it accepts connections. Commits stay
    /// synchronous: a fault test stops the server abruptly and must not lose what the server acknowledged.
    /// </summary>
    public Task StartAgainAsync(CancellationToken cancellationToken = default) =>
        RunPostgresAsync("pg_ctl", ["-D", _dataDirectory, "-l", Path.Combine(_dataDirectory, "log"), "-w", "-t", "60", "start",
            "-o", $"-p {Port} -k {_dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off"], cancellationToken);

    /// <summary>Stops the server at once, dropping every connection (as a crash or failover would).</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        RunPostgresAsync("pg_ctl", ["-D", _dataDirectory, "-w", "-t", "60", "stop", "-m", "immediate"], cancellationToken);

    /// <summary>Stops the server and removes its data.</summary>
    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
        {
            await StopAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task RunPostgresAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(Path.Combine(_binDirectory, tool), arguments, asPostgres: IsRoot, cancellationToken);

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var (program, args) = asPostgres ? ("runuser", (IReadOnlyList<string>)["-u", "postgres", "--", file, .. arguments]) : (file, arguments);
        var (exitCode, output) = await TestProcess.RunAsync(program, args, Environment.CurrentDirectory, ToolBound, cancellationToken: cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({exitCode}): {output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
