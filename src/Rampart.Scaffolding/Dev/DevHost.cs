using System.Diagnostics;
using Rampart.LocalServers;

namespace Rampart.Scaffolding.Dev;

/// <summary>Builds the service's host project and runs its compiled assembly as one process (so its pid is the service's).</summary>
internal static class DevHost
{
    public static async Task<string> BuildAsync(string project, IServerOutput output, CancellationToken cancellationToken)
    {
        output.Info($"Building {Path.GetFileName(project)}...");
        var build = await ProcessRunner.RunAsync("dotnet", ["build", project, "--nologo", "-v", "q", "-clp:NoSummary"], cancellationToken);
        if (!build.Succeeded)
        {
            throw new ScaffoldingException($"The service does not build:\n{build.Text}", "Fix the build errors above (dotnet build), then run rampart dev again.", ScaffoldingErrorKind.Environment);
        }

        var target = await ProcessRunner.RunAsync("dotnet", ["msbuild", project, "-getProperty:TargetPath", "-nologo"], cancellationToken);
        var path = target.Output.Trim();
        return target.Succeeded && File.Exists(path)
            ? path
            : throw new ScaffoldingException($"The built service was not found: {target.Text}", "Run dotnet build on the host project and check its output.", ScaffoldingErrorKind.Environment);
    }

    public static Process Start(string assembly, string project, IReadOnlyDictionary<string, string> environment, IServerOutput output) =>
        ProcessRunner.Start("dotnet", [assembly], line => output.Log("app", line), Path.GetDirectoryName(project), environment);
}
