using System.Globalization;
using System.Net.Sockets;

namespace Rampart.LocalServers;

/// <summary>
/// A private Redis server for one solution: a free loopback port per run and its own folder in
/// <c>.rampart/dev/redis</c>. It holds a cache and rate-limit counters only, so nothing is persisted: no snapshot, no
/// append-only file, and a restart starts empty. With <paramref name="fixedPort"/> it comes back on the same port after a
/// stop (fault tests stop and restart it under running clients). With <paramref name="server"/> (a redis-server found
/// beforehand) it never installs anything; without it, it finds the program or installs it as <c>rampart dev</c> does.
/// </summary>
public sealed class LocalRedis(string dataDirectory, int? fixedPort = null, string? server = null) : ILocalServer
{
    private static readonly TimeSpan StartupBound = TimeSpan.FromSeconds(30);
    private System.Diagnostics.Process? _process;

    /// <inheritdoc />
    public string Name => "Redis";

    /// <summary>The server's working folder.</summary>
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    /// <inheritdoc />
    public async Task<LocalServerEndpoint> StartAsync(IServerOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var program = server ?? await SystemPrograms.Redis.FindOrInstallAsync(MachineProbe.Instance, output, cancellationToken);
        var port = fixedPort ?? LoopbackPort.Free();
        Directory.CreateDirectory(DataDirectory);
        _process = ProcessRunner.Start(
            program,
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--dir", DataDirectory, "--daemonize", "no"],
            line => output.Log("redis", line));
        if (!await AwaitStartupAsync(_process, port, cancellationToken))
        {
            await ProcessRunner.StopAsync(_process, TimeSpan.FromSeconds(5));
            throw new LocalServerException("Redis did not start.", "See its output above.");
        }

        return new LocalServerEndpoint(port, _process.Id, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ConnectionStrings__Redis"] = $"127.0.0.1:{port}",
        });
    }

    /// <inheritdoc />
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        await ProcessRunner.StopAsync(_process, TimeSpan.FromSeconds(10));
        _process.Dispose();
        _process = null;
    }

    /// <inheritdoc />
    public Task ResetAsync()
    {
        // Nothing outlives the session but the folder: the server keeps no data on disk.
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>True once the server answers PING with PONG on <paramref name="port"/>.</summary>
    internal static async Task<bool> AnswersPingAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
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

    private static async Task<bool> AwaitStartupAsync(System.Diagnostics.Process process, int port, CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(StartupBound);
        while (!bound.IsCancellationRequested && !process.HasExited)
        {
            if (await AnswersPingAsync(port, cancellationToken))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return false;
    }
}
