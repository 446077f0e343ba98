using System.Globalization;

namespace Rampart.LocalServers;

/// <summary>
/// A private RabbitMQ node for one solution: its own node name, free loopback ports per run, and its data in
/// <c>.rampart/dev/rabbitmq</c> (kept across runs). Default user guest/guest, loopback only.
/// </summary>
public sealed class LocalRabbitMq(string dataDirectory) : ILocalServer
{
    private static readonly TimeSpan StartupBound = TimeSpan.FromSeconds(90);
    private readonly string _node = $"rampart-dev-{Environment.ProcessId}@localhost";
    private int? _processId;
    private System.Diagnostics.Process? _wrapper;

    /// <inheritdoc />
    public string Name => "RabbitMQ";

    /// <summary>The node's data folder.</summary>
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    /// <inheritdoc />
    public async Task<LocalServerEndpoint> StartAsync(IServerOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var server = await SystemPrograms.RabbitMq.FindOrInstallAsync(MachineProbe.Instance, output, cancellationToken);
        var port = LoopbackPort.Free();
        var distribution = LoopbackPort.Free();
        var mnesia = Path.Combine(DataDirectory, "mnesia");
        var logs = Path.Combine(DataDirectory, "log");
        Directory.CreateDirectory(mnesia);
        Directory.CreateDirectory(logs);
        await File.WriteAllTextAsync(Path.Combine(DataDirectory, "rabbitmq.conf"), $"loopback_users = none\nlisteners.tcp.1 = 127.0.0.1:{port}\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(DataDirectory, "enabled_plugins"), string.Empty, cancellationToken);
        EnsureErlangCookie();
        if (ProcessRunner.IsRoot)
        {
            // Debian's wrapper runs the node as the rabbitmq user.
            await ProcessRunner.RunAsync("chown", ["-R", "rabbitmq:rabbitmq", DataDirectory], cancellationToken);
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["RABBITMQ_NODENAME"] = _node,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = distribution.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = mnesia,
            ["RABBITMQ_LOG_BASE"] = logs,
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(DataDirectory, "rabbitmq"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(DataDirectory, "enabled_plugins"),
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        };
        // Its own session, as every rabbitmqctl call below: Debian's wrappers (su) signal their process group when they
        // end, which must not reach rampart dev.
        _wrapper = ProcessRunner.Start("setsid", [server], line => output.Log("rabbitmq", line), environment: environment);
        output.Info("Waiting for RabbitMQ to start...");
        if (!await AwaitStartupAsync(_wrapper, cancellationToken))
        {
            await ProcessRunner.StopAsync(_wrapper, TimeSpan.FromSeconds(10));
            throw new LocalServerException("RabbitMQ did not start.", $"See its output above and the logs in {logs}.");
        }

        // The wrapper script is not the node: remember the node's own pid to stop exactly it.
        var pid = await ProcessRunner.RunAsync("setsid", ["rabbitmqctl", "-n", _node, "eval", "list_to_integer(os:getpid())."], cancellationToken);
        _processId = int.Parse(pid.Output.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
        return new LocalServerEndpoint(port, _processId.Value, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Messaging__RabbitMq__Uri"] = $"amqp://guest:guest@127.0.0.1:{port}/",
        });
    }

    /// <inheritdoc />
    public async Task StopAsync()
    {
        if (_processId is not { } pid)
        {
            return;
        }

        await StopNodeAsync(pid);
        _wrapper?.Dispose();
        _wrapper = null;
        _processId = null;
    }

    private async Task<bool> AwaitStartupAsync(System.Diagnostics.Process wrapper, CancellationToken cancellationToken)
    {
        // await_startup fails at once while the node is not yet reachable: retry within a bound, as long as the node runs.
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(StartupBound);
        while (!bound.IsCancellationRequested && !wrapper.HasExited)
        {
            var attempt = await ProcessRunner.RunAsync("setsid", ["rabbitmqctl", "-n", _node, "await_startup"], cancellationToken);
            if (attempt.Succeeded)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return false;
    }

    private async Task StopNodeAsync(int pid)
    {

        await ProcessRunner.RunAsync("setsid", ["rabbitmqctl", "-n", _node, "stop"], CancellationToken.None);
        if (!await ProcessRunner.WaitUntilGoneAsync(pid, TimeSpan.FromSeconds(15)))
        {
            await ProcessRunner.RunAsync("kill", ["-KILL", pid.ToString(CultureInfo.InvariantCulture)], CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public Task ResetAsync()
    {
        // Each session's node has its own name and stops with the session, so only the data is left to remove.
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    private static void EnsureErlangCookie()
    {
        // rabbitmqctl authenticates to the node with this cookie; a fresh machine may not have one yet.
        var cookie = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".erlang.cookie");
        if (File.Exists(cookie) || OperatingSystem.IsWindows())
        {
            return;
        }

        File.WriteAllText(cookie, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)));
        File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
    }
}
