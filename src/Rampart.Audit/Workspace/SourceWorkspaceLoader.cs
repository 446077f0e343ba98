using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Rampart.Audit.Workspace;

/// <summary>
/// Turns a folder, solution or project path into projects and their C# files without MSBuild (ADR 0055):
/// every .cs file outside bin/obj belongs to the project whose .csproj is nearest above it.
/// </summary>
internal static partial class SourceWorkspaceLoader
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

    public static SourceWorkspace Load(string path, Func<string, bool> isExcluded)
    {
        var root = RootOf(path);
        var full = Path.GetFullPath(path);
        var projectFiles = Directory.Exists(full) ? FindProjects(root) : ProjectsOf(full);
        var projectsByDirectory = projectFiles
            .GroupBy(p => Path.GetDirectoryName(p)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var filesByProject = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var searchRoots = Directory.Exists(full) ? [root] : projectsByDirectory.Keys.ToArray();
        foreach (var file in searchRoots.SelectMany(EnumerateSources).Distinct(StringComparer.Ordinal))
        {
            var relative = Relative(root, file);
            if (isExcluded(relative))
            {
                continue;
            }

            var owner = OwnerOf(file, root, projectsByDirectory);
            if (owner is null && !Directory.Exists(full))
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

        var projects = filesByProject
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key.Length == 0
                ? new AuditProject(Path.GetFileName(root), null, [.. p.Value.Order(StringComparer.Ordinal)])
                : new AuditProject(Path.GetFileNameWithoutExtension(p.Key), ProjectFileReader.Read(p.Key), [.. p.Value.Order(StringComparer.Ordinal)]))
            .ToImmutableArray();
        return new SourceWorkspace(root, projects);
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

    private static List<string> FindProjects(string root) =>
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
