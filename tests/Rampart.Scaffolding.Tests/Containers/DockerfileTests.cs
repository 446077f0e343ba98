using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rampart.Scaffolding.Tests.Containers;

/// <summary>
/// Every pattern's generated <c>Dockerfile</c> and <c>.dockerignore</c>, read as text (no Docker engine runs here): each
/// rule of the container image is checked on its own, for both branches of the template's options.
/// </summary>
public sealed partial class DockerfileTests
{
    private const string SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0";
    private const string RuntimeImage = "mcr.microsoft.com/dotnet/aspnet:10.0";

    /// <summary>Files a restore needs besides the project files; nothing else may be copied before it.</summary>
    private static readonly string[] RestoreInputs = ["global.json", "NuGet.config", "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "packages/"];

    public static TheoryData<string, string, string> Variants() => GeneratedFiles.Variants();

    [Theory]
    [MemberData(nameof(Variants))]
    public void Dockerfile_TwoStages_BuildsWithTheSdkAndRunsOnTheAspNetRuntime(string pattern, string broker, string example)
    {
        var instructions = Instructions(GeneratedFiles.Plan(pattern, broker, example));
        var stages = instructions.Where(i => i.Keyword == "FROM").Select(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.Equal(2, stages.Count);
        Assert.Equal(SdkImage, stages[0][0]);
        Assert.Equal(RuntimeImage, stages[1][0]);
        var buildStage = Assert.Single(stages[0].SkipWhile(word => !word.Equals("AS", StringComparison.OrdinalIgnoreCase)).Skip(1));
        Assert.Contains(instructions, i => i.Stage == 1 && i.Keyword == "COPY" && i.Arguments.StartsWith($"--from={buildStage} ", StringComparison.Ordinal));
        Assert.DoesNotContain(instructions, i => i.Stage == 1 && i.Keyword == "RUN");
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Dockerfile_RestoreLayer_CopiesOnlyProjectFilesAndEverySourceProject(string pattern, string broker, string example)
    {
        var files = GeneratedFiles.Plan(pattern, broker, example);
        var build = Instructions(files).Where(i => i.Stage == 0).ToList();
        var restore = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore ", StringComparison.Ordinal));
        Assert.True(restore > 0, "the build stage runs dotnet restore on its own");

        var copiedBeforeRestore = build.Take(restore).Where(i => i.Keyword == "COPY").SelectMany(Sources).ToList();
        Assert.All(copiedBeforeRestore, source => Assert.True(
            RestoreInputs.Contains(source, StringComparer.Ordinal) || source.EndsWith(".csproj", StringComparison.Ordinal),
            $"{source} is copied before the restore: the restore layer would be rebuilt whenever it changes."));
        var sourceProjects = files.Paths.Where(path => path.StartsWith("src/", StringComparison.Ordinal) && path.EndsWith(".csproj", StringComparison.Ordinal));
        Assert.All(sourceProjects, project => Assert.Contains(project, copiedBeforeRestore));
        Assert.All(RestoreInputs.Where(input => files.Paths.Any(path => path.StartsWith(input, StringComparison.Ordinal))), input => Assert.Contains(input, copiedBeforeRestore));

        var sources = build.FindIndex(i => i.Keyword == "COPY" && Sources(i).Contains("src/"));
        var publish = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet publish ", StringComparison.Ordinal));
        Assert.True(restore < sources && sources < publish, "the sources are copied after the restore and before the publish");
        Assert.Contains("--no-restore", build[publish].Arguments, StringComparison.Ordinal);
        Assert.Contains(files.Settings().Host, build[publish].Arguments, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Dockerfile_RuntimeStage_RunsAsTheImagesNonRootUser(string pattern, string broker, string example)
    {
        var runtime = Instructions(GeneratedFiles.Plan(pattern, broker, example)).Where(i => i.Stage == 1).ToList();
        var user = runtime.FindLastIndex(i => i.Keyword == "USER");

        Assert.True(user >= 0, "the runtime stage sets a USER");
        Assert.Equal("$APP_UID", runtime[user].Arguments);
        Assert.True(user > runtime.FindLastIndex(i => i.Keyword is "COPY" or "ADD"), "the user is set after the files are in place");
        Assert.True(user < runtime.FindIndex(i => i.Keyword == "ENTRYPOINT"));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Dockerfile_NoSecretBakedIn_AndTheBuildContextLeavesSecretsOut(string pattern, string broker, string example)
    {
        var files = GeneratedFiles.Plan(pattern, broker, example);
        var instructions = Instructions(files);
        var ignored = files.Text(".dockerignore").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

        Assert.DoesNotContain(instructions, i => i.Keyword is "ENV" or "ARG" && SecretName().IsMatch(i.Arguments));
        Assert.DoesNotContain(instructions, i => i.Keyword is "COPY" or "ADD" && Sources(i).Any(source => source is "." or "./" || SecretName().IsMatch(source)));
        foreach (var entry in new[] { ".secrets/", "**/*.pem", "**/*.pfx", ".env", "**/bin/", "**/obj/", ".rampart/", ".git/" })
        {
            Assert.Contains(entry, ignored);
        }

        Assert.Contains(".secrets/", files.Text(".gitignore").Split('\n').Select(line => line.Trim()));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Dockerfile_HealthCheck_ProbesLivenessWithBashOnTheServedPort(string pattern, string broker, string example)
    {
        var instructions = Instructions(GeneratedFiles.Plan(pattern, broker, example));
        var command = HealthCheckCommand(instructions);
        var port = Assert.Single(instructions, i => i.Keyword == "EXPOSE").Arguments;

        Assert.Equal("bash", command[0]);
        Assert.Contains("/health/live", command[^1], StringComparison.Ordinal);
        Assert.Contains($"/dev/tcp/127.0.0.1/{port}", command[^1], StringComparison.Ordinal);
        Assert.Contains(instructions, i => i.Keyword == "ENV" && i.Arguments == $"ASPNETCORE_HTTP_PORTS={port}");
        Assert.Matches(@"--interval=\d+s --timeout=\d+s --start-period=\d+s --retries=\d+ CMD ", Assert.Single(instructions, i => i.Keyword == "HEALTHCHECK").Arguments);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Dockerfile_StopsOnSigterm_AndStartsTheHostAssembly(string pattern, string broker, string example)
    {
        var files = GeneratedFiles.Plan(pattern, broker, example);
        var instructions = Instructions(files);
        var host = Path.GetFileNameWithoutExtension(files.Settings().Host);

        Assert.Equal("SIGTERM", Assert.Single(instructions, i => i.Keyword == "STOPSIGNAL").Arguments);
        Assert.Equal(["dotnet", $"{host}.dll"], JsonSerializer.Deserialize<string[]>(Assert.Single(instructions, i => i.Keyword == "ENTRYPOINT").Arguments) ?? []);
    }

    /// <summary>The health check's own command, run here with bash against a server that answers 200, then 503.</summary>
    [Theory]
    [InlineData(200, 0)]
    [InlineData(503, 1)]
    public async Task HealthCheckCommand_AgainstAServer_ExitsZeroOnlyOn200(int status, int expectedExitCode)
    {
        var command = HealthCheckCommand(Instructions(GeneratedFiles.Plan("standard", "inprocess", "none")));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var served = ServeOnceAsync(listener, status);

        using var probe = Process.Start(new ProcessStartInfo(command[0], [.. command[1..^1], command[^1].Replace("/8080", $"/{port}", StringComparison.Ordinal)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await probe.WaitForExitAsync(bound.Token);
        var request = await served.WaitAsync(bound.Token);

        Assert.Equal(expectedExitCode, probe.ExitCode == 0 ? 0 : 1);
        Assert.StartsWith("GET /health/live HTTP/1.1\r\n", request, StringComparison.Ordinal);
    }

    private static async Task<string> ServeOnceAsync(TcpListener listener, int status)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var buffer = new byte[4096];
        var read = 0;
        // The whole request before the answer: closing with unread bytes would reset the connection under the probe.
        while (read < buffer.Length && !Encoding.ASCII.GetString(buffer, 0, read).Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var more = await stream.ReadAsync(buffer.AsMemory(read));
            if (more == 0)
            {
                break;
            }

            read += more;
        }

        var reason = status == 200 ? "OK" : "Service Unavailable";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    private static string[] HealthCheckCommand(IReadOnlyList<DockerfileInstruction> instructions)
    {
        var healthCheck = Assert.Single(instructions, i => i.Keyword == "HEALTHCHECK").Arguments;
        var json = healthCheck[(healthCheck.IndexOf("CMD ", StringComparison.Ordinal) + 4)..];
        return JsonSerializer.Deserialize<string[]>(json) ?? throw new Xunit.Sdk.XunitException("HEALTHCHECK CMD is not an exec-form array.");
    }

    private static IReadOnlyList<DockerfileInstruction> Instructions(GeneratedFiles files) => DockerfileInstruction.Parse(files.Text("Dockerfile"));

    /// <summary>The sources of a COPY: every word but its flags and the last one (the destination).</summary>
    private static List<string> Sources(DockerfileInstruction copy)
    {
        var words = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !word.StartsWith("--", StringComparison.Ordinal)).ToList();
        return words[..^1];
    }

    [GeneratedRegex(@"(?i)password|secret|token|private|\.pem|\.pfx|connectionstring|apikey")]
    private static partial Regex SecretName();
}
