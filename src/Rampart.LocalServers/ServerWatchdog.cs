using System.Diagnostics;
using System.Globalization;

namespace Rampart.LocalServers;

/// <summary>
/// Stops a server when the process it serves is gone, however that process ended. A test host is often killed
/// moments after its last test (no exit handler runs then), and a killed run must not leave a PostgreSQL behind: a
/// small shell loop in a session of its own waits for the owner to go, then asks the server to stop (SIGINT: fast
/// shutdown), waits for it, and deletes its folder.
/// </summary>
internal static class ServerWatchdog
{
    private const string Script = """
        while kill -0 "$1" 2>/dev/null; do sleep 1; done
        kill -INT "$2" 2>/dev/null
        while kill -0 "$2" 2>/dev/null; do sleep 0.2; done
        rm -rf -- "$3"
        """;

    /// <summary>Starts the watchdog; returns its process id. Not on Windows (the caller stops the server on exit there).</summary>
    public static int Watch(int owner, int server, string folder)
    {
        var start = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["sh", "-c", Script, "rampart-server-watchdog", Format(owner), Format(server), folder])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new LocalServerException("Could not start the server's watchdog (setsid).", "Install util-linux (setsid), or set the test database variable.");
        return process.Id;
    }

    private static string Format(int pid) => pid.ToString(CultureInfo.InvariantCulture);
}
