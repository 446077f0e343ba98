using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Rampart.Testing;

/// <summary>
/// A private Redis server with its own folder and port, for tests that stop and restart it (fault tests). Use the
/// shared server (<see cref="TestEnvironment.RedisConfiguration"/>) with a key prefix of the test's own otherwise.
/// </summary>
public sealed class RedisInstance : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly string _directory;

    private RedisInstance(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    /// <summary>The port the server listens on (the same across restarts).</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    private string PidFile => Path.Combine(_directory, "redis.pid");

    /// <summary>Creates and starts a fresh, empty server.</summary>
    public static async Task<RedisInstance> StartAsync(CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("rampart-redis-").FullName;
        var instance = new RedisInstance(directory, FreePort());
        await instance.StartAgainAsync(cancellationToken);
        return instance;
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/> on the same port; returns once it answers PING.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var (exitCode, output) = await TestProcess.RunAsync(
            "redis-server",
            ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no",
             "--dir", _directory, "--daemonize", "yes", "--pidfile", PidFile, "--logfile", Path.Combine(_directory, "log")],
            _directory, Bound, cancellationToken: cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"redis-server failed ({exitCode}): {output}");
        }

        await Eventually.UntilAsync(() => AnswersPingAsync(Port), $"Redis on port {Port} answers PING", Bound);
    }

    /// <summary>Stops the server at once (SIGKILL), dropping every connection as a crash would; returns once the port is closed.</summary>
    public async Task StopAsync()
    {
        if (!File.Exists(PidFile))
        {
            return;
        }

        var pid = int.Parse((await File.ReadAllTextAsync(PidFile)).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill();
            await process.WaitForExitAsync();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }

        File.Delete(PidFile);
        await Eventually.UntilAsync(async () => !await AnswersPingAsync(Port), $"Redis on port {Port} is gone", Bound);
    }

    /// <summary>Stops the server and removes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<bool> AnswersPingAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return read > 0 && buffer[0] == (byte)'+';
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
