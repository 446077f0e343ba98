using Rampart.LocalServers;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// Makes a migration with EF Core's own tool inside a generated solution: the project is built first (dotnet ef neither
/// restores nor says much about a compile error), the tool restored from the solution's manifest, and the migration put
/// next to the existing model snapshot so that EF Core updates that snapshot. Every failure is a
/// <see cref="ScaffoldingException"/> naming what failed; the caller's <see cref="FileTransaction"/> undoes the files.
/// </summary>
internal static class EfMigrations
{
    /// <summary>
    /// Adds migration <paramref name="name"/> to <paramref name="project"/> (for <paramref name="context"/>, when the
    /// project has several), building the model from <paramref name="startupProject"/>'s services when the context is
    /// registered there rather than in <paramref name="project"/> (a module's context, registered by the host), after
    /// building <paramref name="buildProject"/> when that is another project than the startup project.
    /// </summary>
    public static async Task AddAsync(string solution, string project, string name, FileTransaction written, CancellationToken cancellationToken, string? context = null, string defaultDirectory = "Data/Migrations", string? startupProject = null, string? buildProject = null)
    {
        var snapshot = Directory.EnumerateFiles(Path.Combine(solution, project), (context ?? "*") + "ModelSnapshot.cs", SearchOption.AllDirectories)
            .FirstOrDefault(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var outputDirectory = snapshot is null ? defaultDirectory : Path.GetRelativePath(Path.Combine(solution, project), Path.GetDirectoryName(snapshot)!).Replace('\\', '/');
        written.Watch($"{project}/{outputDirectory}");
        await BuildAsync(solution, buildProject ?? startupProject ?? project, cancellationToken);
        var restore = await RunAsync(solution, ["tool", "restore"], cancellationToken);
        if (!restore.Succeeded)
        {
            throw new ScaffoldingException($"dotnet tool restore failed, so dotnet-ef could not run; every file is back as it was:\n{Tail(restore.Text)}", "Fix the tool manifest (.config/dotnet-tools.json), then run rampart add again.", ScaffoldingErrorKind.Environment);
        }

        string[] arguments = ["ef", "migrations", "add", name, "--project", project, "--output-dir", outputDirectory, "--no-build"];
        arguments = context is null ? arguments : [.. arguments, "--context", context];
        var ef = await RunAsync(solution, startupProject is null ? arguments : [.. arguments, "--startup-project", startupProject], cancellationToken);
        if (!ef.Succeeded)
        {
            throw new ScaffoldingException(
                $"dotnet ef migrations add {name} failed; every file is back as it was:\n{Tail(ef.Text)}",
                "Fix what it reports (a build error in the service is the usual cause: dotnet build shows it), then run rampart add again.",
                ScaffoldingErrorKind.Environment);
        }
    }

    /// <summary>Builds <paramref name="project"/> (which also restores); a failure names the errors, for the caller to undo the files.</summary>
    public static async Task BuildAsync(string solution, string project, CancellationToken cancellationToken)
    {
        var build = await RunAsync(solution, ["build", project, "--nologo", "-v", "q", "-clp:ErrorsOnly"], cancellationToken);
        if (!build.Succeeded)
        {
            throw new ScaffoldingException(
                $"The service does not build with the change; every file is back as it was:\n{Tail(build.Text)}",
                "Fix the build error it names (dotnet build shows it without the change too), then run rampart add again.",
                ScaffoldingErrorKind.Environment);
        }
    }

    private static async Task<ProcessResult> RunAsync(string directory, string[] arguments, CancellationToken cancellationToken)
    {
        try
        {
            return await ProcessRunner.RunAsync("dotnet", arguments, cancellationToken, workingDirectory: directory);
        }
        catch (LocalServerException ex)
        {
            throw new ScaffoldingException(ex.Message, ex.Fix, ScaffoldingErrorKind.Environment, ex);
        }
    }

    private static string Tail(string text)
    {
        var lines = text.Split('\n');
        return string.Join('\n', lines.Length > 30 ? lines[^30..] : lines);
    }
}
