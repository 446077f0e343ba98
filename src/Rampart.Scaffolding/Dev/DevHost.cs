using System.Diagnostics;
using Rampart.LocalServers;

namespace Rampart.Scaffolding.Dev;

/// <summary>Builds the service's host project and runs its compiled assembly as one process (so its pid is the service's).</summary>
internal static class DevHost
{
    /// <summary>
    /// Restores and builds <paramref name="project"/> (into <paramref name="outputDirectory"/> when given) and returns
    /// the built assembly, in one MSBuild run: the build reports its own TargetPath, no second evaluation asks for it.
    /// </summary>
    /// <exception cref="DevBuildException">The build failed; its errors are in the exception.</exception>
    public static async Task<string> BuildAsync(string solutionDirectory, string project, string? outputDirectory, CancellationToken cancellationToken)
    {
        List<string> arguments = ["build", project, "--nologo", "-v", "q", "-clp:NoSummary", "-t:Build", "-getProperty:TargetPath"];
        if (outputDirectory is not null)
        {
            arguments.Add($"-p:OutDir={outputDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar}");
        }

        var build = await ProcessRunner.RunAsync("dotnet", arguments, cancellationToken);
        var path = build.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return build.Succeeded && path is not null && File.Exists(path)
            ? path
            : throw new DevBuildException(Errors(build.Text, solutionDirectory));
    }

    public static Process Start(string assembly, string project, IReadOnlyDictionary<string, string> environment, IServerOutput output, string source = "app") =>
        ProcessRunner.Start("dotnet", [assembly], line => output.Log(source, line), Path.GetDirectoryName(project), environment);

    /// <summary>
    /// The error lines of a build's output, each once (MSBuild repeats them), in order, without the project suffix and
    /// with paths under <paramref name="root"/> made relative: <c>src/Shop.Host/Program.cs(41,45): error CS1525: ...</c>.
    /// Everything, when no line is an error (a restore that could not reach a feed).
    /// </summary>
    internal static IReadOnlyList<string> Errors(string text, string root)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var prefix = root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var errors = lines
            .Where(line => line.Contains(": error ", StringComparison.Ordinal))
            .Select(line => line.EndsWith(".csproj]", StringComparison.Ordinal) && line.LastIndexOf(" [", StringComparison.Ordinal) is > 0 and var suffix ? line[..suffix] : line)
            .Select(line => line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..] : line)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return errors.Count > 0 ? errors : lines;
    }
}
