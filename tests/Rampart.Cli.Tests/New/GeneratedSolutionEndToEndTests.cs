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
/// solution, then the installed <c>rampart dev --watch</c> as a real process against a private PostgreSQL until
/// <c>/health/ready</c> answers; a broken edit (printed, the service keeps serving) and a fixed one (rebuilt,
/// restarted, the new endpoint answers), then SIGINT.
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
        using var dev = TestProcess.Start(tool.Executable, ["dev", solution, "--watch", "--port", port.ToString(CultureInfo.InvariantCulture)], environment: environment);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await ScaffoldWait.UntilAsync(() => IsReadyAsync(http, port), "/health/ready answers 200", BuildBound, () => dev.Output);
        await ScaffoldWait.UntilAsync(() => Task.FromResult(dev.Output.Contains("Ctrl-C stops everything", StringComparison.Ordinal)), "rampart dev reports the URLs", TimeSpan.FromSeconds(30), () => dev.Output);
        var postgresPid = ReadPostgresPid(solution);
        var servicePid = int.Parse(ServicePid().Match(dev.Output).Groups["pid"].Value, CultureInfo.InvariantCulture);
        Assert.True(TestProcess.IsRunning(postgresPid));
        Assert.Contains($"Docs    http://127.0.0.1:{port}/docs", dev.Output, StringComparison.Ordinal);
        Assert.Matches(@"app \| \d\d:\d\d:\d\d info: RequestIdMiddleware\[1201\] GET /health/ready answered 200 in [\d.]+ ms \(request [0-9a-f]{32}\)", dev.Output);
        Assert.DoesNotContain("\"Timestamp\":", dev.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"app \| \d\d:\d\d:\d\d (fail|crit): ", dev.Output);
        var restartedPid = await EditWhileWatchedAsync(dev, solution, http, port, servicePid);

        await TestProcess.RunAsync("kill", ["-INT", dev.Process.Id.ToString(CultureInfo.InvariantCulture)], solution, TimeSpan.FromSeconds(10));

        await ScaffoldWait.UntilAsync(() => Task.FromResult(dev.Process.HasExited), "rampart dev exits after SIGINT", TimeSpan.FromSeconds(60), () => dev.Output);
        Assert.True(dev.Process.ExitCode == ExitCodes.Success, dev.Output);
        Assert.False(TestProcess.IsRunning(postgresPid), $"PostgreSQL (pid {postgresPid}) still runs.");
        Assert.False(TestProcess.IsRunning(servicePid), $"The service (pid {servicePid}) still runs.");
        Assert.False(TestProcess.IsRunning(restartedPid), $"The restarted service (pid {restartedPid}) still runs.");
        Assert.True(File.Exists(Path.Combine(solution, ".rampart", "dev", "postgres", "PG_VERSION")), "The data survives the session.");

        await TwoInstancesAsync(tool, solution, environment);
    }

    /// <summary>
    /// <c>rampart dev --instances 2</c> on the same solution (built, migrated): both instances ready on their own ports,
    /// the per-instance note of a memory-cache service, an instance killed is reported while the other serves, and
    /// SIGTERM stops the rest and the servers.
    /// </summary>
    private static async Task TwoInstancesAsync(InstalledTool tool, string solution, Dictionary<string, string> environment)
    {
        var port = FreePort();
        using var dev = TestProcess.Start(tool.Executable, ["dev", solution, "--instances", "2", "--port", port.ToString(CultureInfo.InvariantCulture)], environment: environment);
        await ScaffoldWait.UntilAsync(() => Task.FromResult(dev.Output.Contains("Ctrl-C stops every instance", StringComparison.Ordinal)), "rampart dev reports both instances", BuildBound, () => dev.Output);
        var postgresPid = ReadPostgresPid(solution);
        var instances = InstanceLine().Matches(dev.Output).Select(match => int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture)).ToList();
        var ports = InstanceApi().Matches(dev.Output).Select(match => int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(instances.Count == 2 && ports.Count == 2, dev.Output);
        Assert.Equal(port, ports[0]);
        Assert.NotEqual(ports[0], ports[1]);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var instancePort in ports)
        {
            Assert.True(await IsReadyAsync(http, instancePort), $"The instance on port {instancePort} is not ready.");
        }

        Assert.Contains("Rate limits, cache and SignalR are per instance (no --cache redis).", dev.Output, StringComparison.Ordinal);
        Assert.Contains("app2 | ", dev.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"app2 \| .*Applied \d+ pending migrations", dev.Output);

        await TestProcess.RunAsync("kill", ["-KILL", instances[1].ToString(CultureInfo.InvariantCulture)], solution, TimeSpan.FromSeconds(10));
        await ScaffoldWait.UntilAsync(() => Task.FromResult(dev.Output.Contains($"Instance 2 (pid {instances[1]}) stopped (exit code", StringComparison.Ordinal)), "the killed instance is reported", TimeSpan.FromSeconds(30), () => dev.Output);
        Assert.Contains("1 still serving", dev.Output, StringComparison.Ordinal);
        Assert.True(await IsReadyAsync(http, ports[0]), "instance 1 keeps serving");

        await TestProcess.RunAsync("kill", ["-TERM", dev.Process.Id.ToString(CultureInfo.InvariantCulture)], solution, TimeSpan.FromSeconds(10));
        await ScaffoldWait.UntilAsync(() => Task.FromResult(dev.Process.HasExited), "rampart dev exits after SIGTERM", TimeSpan.FromSeconds(60), () => dev.Output);
        Assert.True(dev.Process.ExitCode == ExitCodes.Success, dev.Output);
        Assert.False(TestProcess.IsRunning(instances[0]), $"Instance 1 (pid {instances[0]}) still runs.");
        Assert.False(TestProcess.IsRunning(postgresPid), $"PostgreSQL (pid {postgresPid}) still runs.");
    }

    /// <summary>
    /// Breaks <c>Program.cs</c>: the failed build is printed and the first instance keeps serving. Then fixes it with a
    /// new endpoint: the service is rebuilt and restarted, says why, and the endpoint answers. Returns the new pid.
    /// </summary>
    private static async Task<int> EditWhileWatchedAsync(TestProcess dev, string solution, HttpClient http, int port, int firstPid)
    {
        var program = Path.Combine(solution, "src", "Demo.Host", "Program.cs");
        var original = await File.ReadAllTextAsync(program);
        const string Anchor = "app.MapRampartPlatformEndpoints();";
        Assert.Contains(Anchor, original, StringComparison.Ordinal);

        await File.WriteAllTextAsync(program, original.Replace(Anchor, Anchor + "\napp.MapGet(\"/watch-probe\", () => \"edited\" + );", StringComparison.Ordinal));
        await ScaffoldWait.UntilAsync(() => Task.FromResult(dev.Output.Contains($"The service (pid {firstPid}) keeps serving the last build", StringComparison.Ordinal)), "the failed build is reported", BuildBound, () => dev.Output);
        Assert.Contains("src/Demo.Host/Program.cs changed: rebuilding while the service", dev.Output, StringComparison.Ordinal);
        Assert.Contains("Program.cs(", dev.Output, StringComparison.Ordinal);
        Assert.True(await IsReadyAsync(http, port), "the first instance keeps serving after a failed build");

        await File.WriteAllTextAsync(program, original.Replace(Anchor, Anchor + "\napp.MapGet(\"/watch-probe\", () => \"edited\");", StringComparison.Ordinal));
        await ScaffoldWait.UntilAsync(() => Task.FromResult(Restarted().IsMatch(dev.Output)), "rampart dev restarts the service after the fix", BuildBound, () => dev.Output);
        var restarted = int.Parse(Restarted().Match(dev.Output).Groups["pid"].Value, CultureInfo.InvariantCulture);
        await ScaffoldWait.UntilAsync(async () => await BodyAsync(http, port, "/watch-probe") == "edited", "the edited service answers /watch-probe", BuildBound, () => dev.Output);
        Assert.NotEqual(firstPid, restarted);
        Assert.False(TestProcess.IsRunning(firstPid), $"The first instance (pid {firstPid}) still runs after the restart.");
        return restarted;
    }

    private static async Task<string?> BodyAsync(HttpClient http, int port, string path)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}{path}"));
            return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, int port) => await BodyAsync(http, port, "/health/ready") is not null;

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

    [GeneratedRegex(@"Restarted \(pid (?<pid>\d+)\) because src/Demo\.Host/Program\.cs changed\.")]
    private static partial Regex Restarted();

    [GeneratedRegex(@"Instance \d \(pid (?<pid>\d+)\)$", RegexOptions.Multiline)]
    private static partial Regex InstanceLine();

    [GeneratedRegex(@"^rampart dev +API +http://127\.0\.0\.1:(?<port>\d+)/", RegexOptions.Multiline)]
    private static partial Regex InstanceApi();
}
