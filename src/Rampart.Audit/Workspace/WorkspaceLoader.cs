using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Rampart.Audit.Workspace;

/// <summary>
/// Turns a folder, solution or project path into projects and their C# files. Projects are evaluated by MSBuild, so
/// their files are the build's compile items (ADR 0100); a project MSBuild cannot evaluate, or every project when no
/// .NET SDK is found, is read as XML, and every .cs file outside bin/obj belongs to the project whose .csproj is
/// nearest above it (ADR 0055). When a folder is audited, files outside every project form one project of their own.
/// </summary>
internal static partial class WorkspaceLoader
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", ".vs", "node_modules", "TestResults" };

    /// <summary>The root a path is audited from: the folder itself, or the folder of the solution or project file.</summary>
    public static string RootOf(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return full.TrimEnd(Path.DirectorySeparatorChar);
        }

        if (File.Exists(full) && IsSolutionOrProject(full))
        {
            return Path.GetDirectoryName(full)!;
        }

        throw new AuditException(
            File.Exists(full) ? $"'{path}' is not a folder, solution (.sln, .slnx) or C# project (.csproj)." : $"'{path}' does not exist.",
            "Pass the folder, solution or project to audit, for example 'rampart audit .' or 'rampart audit MyApp.slnx'.");
    }

    /// <param name="path">The folder, solution or project.</param>
    /// <param name="isExcluded">True for root-relative paths the configuration excludes.</param>
    /// <param name="useMSBuild">False forces the source-level loader.</param>
    public static AuditWorkspace Load(string path, Func<string, bool> isExcluded, bool useMSBuild = true)
    {
        var root = RootOf(path);
        var full = Path.GetFullPath(path);
        var isFolder = Directory.Exists(full);
        var projectFiles = isFolder ? FindProjects(root) : ProjectsOf(full);
        var solution = !isFolder && !full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) ? full : null;
        var (loading, evaluated) = Evaluate(projectFiles, root, solution, useMSBuild);

        var projectsByDirectory = projectFiles
            .GroupBy(p => Path.GetDirectoryName(p)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var compiled = evaluated.Values.SelectMany(e => e.File?.CompileFiles ?? []).ToHashSet(StringComparer.Ordinal);
        var filesByProject = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var searchRoots = isFolder ? [root] : projectsByDirectory.Where(p => evaluated[p.Value].File?.Evaluated != true).Select(p => p.Key).ToArray();
        foreach (var file in searchRoots.SelectMany(EnumerateSources).Distinct(StringComparer.Ordinal))
        {
            var owner = OwnerOf(file, root, projectsByDirectory);
            // An evaluated project compiles exactly its Compile items; a file elsewhere that one of them links is theirs too.
            if (isExcluded(Relative(root, file)) || (owner is not null && evaluated[owner].File?.Evaluated == true) ||
                (owner is null && (!isFolder || compiled.Contains(file))))
            {
                continue;
            }

            var key = owner ?? string.Empty;
            if (!filesByProject.TryGetValue(key, out var list))
            {
                filesByProject[key] = list = [];
            }

            list.Add(file);
        }

        foreach (var (projectPath, (file, _)) in evaluated)
        {
            if (file?.CompileFiles is { } compile)
            {
                filesByProject[projectPath] = [.. compile.Where(f => !isExcluded(Relative(root, f)))];
            }
        }

        var projects = filesByProject
            .Where(p => p.Value.Count > 0 || p.Key.Length > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key.Length == 0
                ? new AuditProject(Path.GetFileName(root), null, [.. p.Value.Order(StringComparer.Ordinal)])
                : new AuditProject(Path.GetFileNameWithoutExtension(p.Key), evaluated[p.Key].File ?? ProjectFileReader.Read(p.Key), [.. p.Value.Order(StringComparer.Ordinal)])
                {
                    LoadProblems = evaluated[p.Key].Problem is { } problem ? [problem] : [],
                    AdditionalFiles = SideFiles(p.Key, root, projectsByDirectory, isExcluded),
                })
            .ToImmutableArray();
        return new AuditWorkspace(root, projects, loading);
    }

    private static (AuditLoading Loading, Dictionary<string, (ProjectFile? File, string? Problem)> Projects) Evaluate(
        List<string> projectFiles, string root, string? solution, bool useMSBuild)
    {
        var none = projectFiles.ToDictionary(p => p, _ => ((ProjectFile?)null, (string?)null), StringComparer.Ordinal);
        if (!useMSBuild)
        {
            return (new AuditLoading(false, "source-level loader (requested): project files read as XML, without MSBuild"), none);
        }

        if (!MSBuildHost.TryRegister(root, out var description))
        {
            return (new AuditLoading(false, $"source-level loader: {description}; project files were read as XML, so Directory.Build.* files, imports and conditions were not evaluated"), none);
        }

        return (new AuditLoading(true, description), EvaluateWithMSBuild(projectFiles, solution));
    }

    /// <summary>Kept out of line so MSBuild's types are loaded only once the locator has registered an SDK.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Dictionary<string, (ProjectFile? File, string? Problem)> EvaluateWithMSBuild(List<string> projectFiles, string? solution)
    {
        var results = new ConcurrentDictionary<string, (ProjectFile?, string?)>(StringComparer.Ordinal);
        using var evaluator = new MSBuildProjectEvaluator(solution);
        Parallel.ForEach(projectFiles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, project =>
        {
            try
            {
                results[project] = (evaluator.Evaluate(project), null);
            }
            catch (ProjectEvaluationException ex)
            {
                results[project] = (null, $"MSBuild could not evaluate the project ({ex.Message}); its XML was read instead, without imports or conditions");
            }
        });
        return new Dictionary<string, (ProjectFile?, string?)>(results, StringComparer.Ordinal);
    }

    /// <summary>The appsettings*.json and *.http files of a project: in its folder and below, not in a nested project's.</summary>
    private static ImmutableArray<string> SideFiles(string projectPath, string root, Dictionary<string, string> projectsByDirectory, Func<string, bool> isExcluded)
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        return [.. EnumerateFiles(directory, "appsettings*.json").Concat(EnumerateFiles(directory, "*.http"))
            .Where(f => OwnerOf(f, root, projectsByDirectory) == projectPath && !isExcluded(Relative(root, f)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>A path relative to the root with forward slashes, as reports and fingerprints use it.</summary>
    public static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static bool IsSolutionOrProject(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".sln" or ".slnx" or ".csproj";

    private static string? OwnerOf(string file, string root, Dictionary<string, string> projectsByDirectory)
    {
        for (var directory = Path.GetDirectoryName(file); directory is not null && directory.Length >= root.Length; directory = Path.GetDirectoryName(directory))
        {
            if (projectsByDirectory.TryGetValue(directory, out var project))
            {
                return project;
            }
        }

        return null;
    }

    public static List<string> FindProjects(string root) =>
        [.. EnumerateFiles(root, "*.csproj")];

    private static IEnumerable<string> EnumerateSources(string directory) => EnumerateFiles(directory, "*.cs");

    private static IEnumerable<string> EnumerateFiles(string root, string pattern)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            string[] files, directories;
            try
            {
                files = Directory.GetFiles(directory, pattern);
                directories = Directory.GetDirectories(directory);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var child in directories)
            {
                var name = Path.GetFileName(child);
                if (!SkippedDirectories.Contains(name) && !name.StartsWith('.'))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static List<string> ProjectsOf(string file)
    {
        var directory = Path.GetDirectoryName(file)!;
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".csproj")
        {
            return [file];
        }

        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AuditException($"The solution '{Path.GetFileName(file)}' cannot be read: {ex.Message}", "Check the file's permissions.", ex);
        }

        IEnumerable<string> paths;
        if (extension == ".slnx")
        {
            try
            {
                paths = XDocument.Parse(text).Descendants().Where(e => e.Name.LocalName == "Project").Select(e => (string?)e.Attribute("Path") ?? string.Empty);
            }
            catch (XmlException ex)
            {
                throw new AuditException($"The solution '{Path.GetFileName(file)}' is not valid XML: {ex.Message}", "Fix the solution file, or audit its folder instead.", ex);
            }
        }
        else
        {
            paths = SlnProjectLine().Matches(text).Select(m => m.Groups["path"].Value);
        }

        return [.. paths
            .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetFullPath(p.Replace('\\', '/'), directory))
            .Where(File.Exists)];
    }

    [GeneratedRegex("""^Project\("[^"]*"\)\s*=\s*"[^"]*",\s*"(?<path>[^"]+)"\s*,""", RegexOptions.Multiline)]
    private static partial Regex SlnProjectLine();
}
