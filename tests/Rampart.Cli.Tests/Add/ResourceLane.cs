using System.Globalization;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// The steps every pattern's <c>add resource</c> end-to-end test takes on its one generated skeleton: generate and
/// commit it, show that adding the same resource again (or into a module) is refused with nothing changed, build it
/// with warnings as errors and run its own tests, audit it, and serve it with <c>rampart dev</c> until SIGINT.
/// </summary>
internal static class ResourceLane
{
    private static readonly TimeSpan BuildBound = TestProcess.SolutionBound;

    /// <summary>The skeleton of <paramref name="pattern"/> in <c>Shop/</c>, committed to a new git repository.</summary>
    public static async Task<string> NewCommittedAsync(ScaffoldCliRun cli, string pattern)
    {
        Assert.Equal(ExitCodes.Success, await cli.RunAsync("new", "Shop", "--pattern", pattern, "--example", "none"));
        var solution = cli.PathOf("Shop");
        await AddResourceEndToEndTests.GitAsync(solution, "init", "-q");
        await CommitAsync(solution, "generated");
        return solution;
    }

    public static async Task CommitAsync(string solution, string message)
    {
        await AddResourceEndToEndTests.GitAsync(solution, "add", "-A");
        await AddResourceEndToEndTests.GitAsync(solution, "-c", "user.email=dev@shop.test", "-c", "user.name=dev", "commit", "-qm", message, "--allow-empty");
    }

    /// <summary>The gift voucher again, and a resource with <c>--module</c>: both refused, the tree unchanged.</summary>
    public static async Task SecondAddsAreRefusedAsync(ScaffoldCliRun cli, string solution, string pattern)
    {
        var before = cli.Snapshot();
        var again = await cli.RunAsync("add", "resource", "GiftVoucher", "--path", solution, "--fields", "title:string");
        Assert.Equal(ExitCodes.InvalidInput, again);
        Assert.Contains("The resource GiftVoucher exists already", cli.Error, StringComparison.Ordinal);
        var module = await cli.RunAsync("add", "resource", "tag", "--path", solution, "--fields", "title:string", "--module", "Catalog");
        Assert.Equal(ExitCodes.InvalidInput, module);
        Assert.Contains($"the {pattern} pattern has no modules", cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, cli.Snapshot());
    }

    /// <summary>dotnet build -warnaserror, then its own tests pass and <paramref name="testClasses"/> are among them.</summary>
    public static async Task BuildsAndPassesItsTestsAsync(string solution, params string[] testClasses)
    {
        var build = await TestProcess.RunAsync("dotnet", ["build", "--nologo", "-v", "q", "-warnaserror"], solution, BuildBound);
        Assert.True(build.ExitCode == 0, build.Output);
        var test = await TestProcess.RunAsync("dotnet", ["test", "--no-build", "--nologo"], solution, BuildBound, new Dictionary<string, string> { ["SHOP_TEST_POSTGRES"] = TestEnvironment.PostgresConnectionString });
        Assert.True(test.ExitCode == 0, test.Output);
        var listed = await AddResourceEndToEndTests.ListTestsAsync(solution);
        Assert.All(testClasses, name => Assert.Contains(name, listed, StringComparison.Ordinal));
    }

    public static async Task AuditsCleanAsync(ScaffoldCliRun cli, string solution)
    {
        var audit = await cli.RunAsync("audit", solution, "--severity", "info");
        Assert.True(audit == ExitCodes.Success, cli.Output + cli.Error);
    }

    /// <summary>
    /// Serves the solution with <c>rampart dev</c> until <c>/health/ready</c> answers, runs <paramref name="drive"/>
    /// (with the anonymous client and the port), then sends SIGINT and requires the command to exit within 60 s, although
    /// it was started with SIGINT ignored.
    /// </summary>
    public static async Task ServeAsync(string solution, Func<HttpClient, int, Task> drive)
    {
        // rampart dev runs PostgreSQL as the postgres user when the tests run as root: it must reach the solution folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.GetDirectoryName(Path.GetFullPath(solution))!, (UnixFileMode)0b111_101_101);
        }

        var port = AddResourceEndToEndTests.FreePort();
        var rampart = Path.Combine(AppContext.BaseDirectory, "rampart.dll");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["NO_COLOR"] = "1", ["RAMPART_DEV_PG_BINDIR"] = TestEnvironment.PostgresBinDirectory };
        // Started the way a script's background command is (SIGINT inherited ignored): the SIGINT below must still stop it.
        using var dev = TestProcess.Start("sh", ["-c", "trap '' INT; exec \"$@\"", "sh", "dotnet", rampart, "dev", solution, "--port", port.ToString(CultureInfo.InvariantCulture)], environment: environment);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            await ScaffoldWait.UntilAsync(() => AddResourceEndToEndTests.IsReadyAsync(http), "/health/ready answers 200", BuildBound, () => dev.Output);
            await drive(http, port);
        }
        finally
        {
            await TestProcess.RunAsync("kill", ["-INT", dev.Process.Id.ToString(CultureInfo.InvariantCulture)], solution, TimeSpan.FromSeconds(10));
            await ScaffoldWait.UntilAsync(() => Task.FromResult(dev.Process.HasExited), "rampart dev exits after SIGINT", TimeSpan.FromSeconds(60), () => dev.Output);
        }
    }
}
