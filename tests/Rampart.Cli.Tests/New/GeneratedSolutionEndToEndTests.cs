using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.Support;
using Rampart.Testing;

namespace Rampart.Cli.Tests.New;

/// <summary>
/// The slow lane, with the tool as users install it: <c>dotnet pack</c> → <c>dotnet tool install --tool-path</c> →
/// <c>rampart new --example none</c> from another folder → <c>dotnet build</c> → <c>dotnet test</c> on the generated
/// solution, then the installed <c>rampart dev</c> as a real process against a private PostgreSQL until
/// <c>/health/ready</c> answers, then SIGINT.
/// </summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class GeneratedSolutionEndToEndTests : IDisposable
{
    private static readonly TimeSpan BuildBound = TestProcess.SolutionBound;
    private readonly ScaffoldCliRun _cli = new();

    public GeneratedSolutionEndToEndTests()
    {
        // rampart dev runs PostgreSQL as the postgres user when the tests run as root: it must reach the solution folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_cli.WorkingDirectory, (UnixFileMode)0b111_101_101);
        }
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NewThenDev_CleanSkeleton_BuildsTestsAndServesUntilInterrupted()
    {
        var tool = await InstalledTool.InstallAsync(_cli.PathOf("install"));
        var elsewhere = Directory.CreateDirectory(_cli.PathOf("projects")).FullName;
        var plain = new Dictionary<string, string>(StringComparer.Ordinal) { ["NO_COLOR"] = "1" };
        var version = await TestProcess.RunAsync(tool.Executable, ["--version"], elsewhere, BuildBound, plain);
        Assert.StartsWith($"rampart {tool.Version}", version.Output, StringComparison.Ordinal);
        var explain = await TestProcess.RunAsync(tool.Executable, ["audit", "--explain", "RMP2002"], elsewhere, BuildBound, plain);
        Assert.True(explain.ExitCode == 0 && explain.Output.StartsWith("# RMP2002: ", StringComparison.Ordinal), explain.Output);
        var created = await TestProcess.RunAsync(tool.Executable, ["new", "Demo", "--example", "none"], elsewhere, BuildBound, plain);
        Assert.True(created.ExitCode == 0, created.Output);
        var solution = Path.Combine(elsewhere, "Demo");

        var build = await TestProcess.RunAsync("dotnet", ["build", "--nologo", "-v", "q"], solution, BuildBound);
        Assert.True(build.ExitCode == 0, build.Output);
        var test = await TestProcess.RunAsync("dotnet", ["test", "--no-build", "--nologo"], solution, BuildBound);
        Assert.True(test.ExitCode == 0, test.Output);
        Assert.Contains("Passed!", test.Output, StringComparison.Ordinal);

        var port = FreePort();
        var environment = new Dictionary<string, string>(plain, StringComparer.Ordinal) { ["RAMPART_DEV_PG_BINDIR"] = PostgresBinDirectory() };
        using var dev = TestProcess.Start(tool.Executable, ["dev", solution, "--port", port.ToString(CultureInfo.InvariantCulture)], environment: environment);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await ScaffoldWait.UntilAsync(() => IsReadyAsync(http, port), "/health/ready answers 200", BuildBound, () => dev.Output);
        await ScaffoldWait.UntilAsync(() => Task.FromResult(dev.Output.Contains("Ctrl-C stops everything", StringComparison.Ordinal)), "rampart dev reports the URLs", TimeSpan.FromSeconds(30), () => dev.Output);
        var postgresPid = ReadPostgresPid(solution);
        var servicePid = int.Parse(ServicePid().Match(dev.Output).Groups["pid"].Value, CultureInfo.InvariantCulture);
        Assert.True(TestProcess.IsRunning(postgresPid));
        Assert.Contains($"Docs    http://127.0.0.1:{port}/docs", dev.Output, StringComparison.Ordinal);

        await TestProcess.RunAsync("kill", ["-INT", dev.Process.Id.ToString(CultureInfo.InvariantCulture)], solution, TimeSpan.FromSeconds(10));

        await ScaffoldWait.UntilAsync(() => Task.FromResult(dev.Process.HasExited), "rampart dev exits after SIGINT", TimeSpan.FromSeconds(60), () => dev.Output);
        Assert.True(dev.Process.ExitCode == ExitCodes.Success, dev.Output);
        Assert.False(TestProcess.IsRunning(postgresPid), $"PostgreSQL (pid {postgresPid}) still runs.");
        Assert.False(TestProcess.IsRunning(servicePid), $"The service (pid {servicePid}) still runs.");
        Assert.True(File.Exists(Path.Combine(solution, ".rampart", "dev", "postgres", "PG_VERSION")), "The data survives the session.");
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, int port)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static int ReadPostgresPid(string solution) =>
        int.Parse(File.ReadLines(Path.Combine(solution, ".rampart", "dev", "postgres", "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    private static string PostgresBinDirectory() =>
        Environment.GetEnvironmentVariable("RAMPART_TEST_PG_BINDIR") is { Length: > 0 } bin
            ? bin
            : throw new InvalidOperationException("RAMPART_TEST_PG_BINDIR is not set: run the tests through scripts/test.sh (or source the services environment).");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Service started \(pid (?<pid>\d+)\)")]
    private static partial Regex ServicePid();
}
