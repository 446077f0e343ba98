using System.Globalization;

namespace Rampart.LocalServers;

/// <summary>
/// The Redis server a test run uses: the configuration in the environment variable the tests name, when it is set (CI
/// with a server of its own); otherwise a private redis-server started once per test process, on a free loopback port
/// in a temporary folder of its own, stopped and deleted once the process is gone (<see cref="ServerWatchdog"/>). Tests
/// share the server and stay apart by key prefix (<c>Rampart:Redis:KeyPrefix</c>).
/// </summary>
public static class TestRedis
{
    private static readonly Lazy<Task<string>> Shared = new(StartSharedAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A StackExchange.Redis configuration (<c>127.0.0.1:port</c>): the value of <paramref name="variable"/> when set, else the shared private server's.</summary>
    /// <exception cref="InvalidOperationException">No server is configured and none could be started; the message is one line naming the fix.</exception>
    public static Task<string> ServerAsync(string variable) =>
        TestServer.ResolveAsync(variable, Shared, ex => $"{variable} is not set and no Redis could be started for the tests: {ex.OneLine} Or set {variable} to a server (host:port) the tests may use.");

    private static async Task<string> StartSharedAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rampart-test-redis-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        // Found, never installed: a test run does not change the machine (as TestPostgres).
        var server = new LocalRedis(folder, server: SystemPrograms.Redis.Find(MachineProbe.Instance));
        var endpoint = await server.StartAsync(NullServerOutput.Instance, CancellationToken.None).ConfigureAwait(false);
        if (OperatingSystem.IsWindows())
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopAsync().GetAwaiter().GetResult();
        }
        else
        {
            ServerWatchdog.Watch(Environment.ProcessId, endpoint.ProcessId, folder);
        }

        return endpoint.ServiceSettings["ConnectionStrings__Redis"];
    }
}
