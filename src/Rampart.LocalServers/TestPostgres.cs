using System.Globalization;

namespace Rampart.LocalServers;

/// <summary>
/// The PostgreSQL server a test run creates its databases on: the connection string in the environment variable the
/// tests name, when it is set (CI with a server of its own); otherwise a private server started from the system's
/// binaries once per test process (shared by every test class), in a temporary folder of its own on a free loopback
/// port, and stopped, its folder deleted, once the process is gone (<see cref="ServerWatchdog"/>: a test host is often
/// killed rather than left to exit). It never installs anything: when the binaries are
/// missing, the error is one line saying what to install.
/// </summary>
public static class TestPostgres
{
    private const string FolderPrefix = "rampart-test-postgres-";
    private static readonly Lazy<Task<string>> Shared = new(() => StartSharedAsync(MachineProbe.Instance), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// A connection string to a server the tests may create databases on (user postgres, database postgres): the
    /// value of <paramref name="variable"/> when set, else the shared private server's.
    /// </summary>
    /// <exception cref="InvalidOperationException">No server is configured and none could be started; the message is one line naming the fix.</exception>
    public static Task<string> ServerAsync(string variable) =>
        TestServer.ResolveAsync(variable, Shared, ex => Explain(variable, ex));

    /// <summary>The one line a test run fails with when it has no server.</summary>
    internal static string Explain(string variable, LocalServerException ex) =>
        $"{variable} is not set and no PostgreSQL could be started for the tests: {ex.OneLine} Or set {variable} to a server the tests may create databases on.";

    private static async Task<string> StartSharedAsync(IHostProbe probe)
    {
        var bin = SystemPrograms.Postgres.Find(probe);
        await StopLeftoversAsync(Path.GetTempPath(), bin).ConfigureAwait(false);
        var folder = FolderFor(Path.GetTempPath(), Environment.ProcessId);
        CreateReachableFolder(folder);
        var server = new LocalPostgres(Path.Combine(folder, "postgres"), "postgres", bin);
        var endpoint = await server.StartAsync(NullServerOutput.Instance, CancellationToken.None).ConfigureAwait(false);
        if (OperatingSystem.IsWindows())
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAndDelete(server, folder);
        }
        else
        {
            ServerWatchdog.Watch(Environment.ProcessId, endpoint.ProcessId, folder);
        }

        return server.ConnectionString("postgres");
    }

    /// <summary>The folder a test process <paramref name="owner"/> keeps its server in, under <paramref name="root"/>.</summary>
    internal static string FolderFor(string root, int owner) =>
        Path.Combine(root, FolderPrefix + owner.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>
    /// A test process that was killed leaves its server running: the next run stops it and deletes its folder. A folder
    /// that vanishes while it is swept (its owner's watchdog got there first) is no error: whatever stays is swept next time.
    /// </summary>
    internal static async Task StopLeftoversAsync(string root, string bin)
    {
        foreach (var folder in Directory.EnumerateDirectories(root, FolderPrefix + "*"))
        {
            var pid = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (int.TryParse(pid, NumberStyles.Integer, CultureInfo.InvariantCulture, out var owner) && !ProcessRunner.IsAlive(owner))
            {
                var leftover = new LocalPostgres(Path.Combine(folder, "postgres"), "postgres", bin);
                try
                {
                    await leftover.ResetAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Its owner's watchdog (or another run's sweep) is deleting it too: a sweep is best effort.
                }

                TryDelete(folder);
            }
        }
    }

    private static void StopAndDelete(LocalPostgres server, string folder)
    {
        server.StopAsync().GetAwaiter().GetResult();
        TryDelete(folder);
    }

    internal static void CreateReachableFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        // The server runs as the postgres user when the tests run as root: it must be able to enter the folder.
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's sweep.
        }
    }
}
