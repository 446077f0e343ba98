using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Rampart.Analyzers.Support;

/// <summary>Finds the project directory and a file's top-level folder inside it.</summary>
internal static class ProjectPaths
{
    public static string? ProjectDirectory(AnalyzerConfigOptionsProvider options, IReadOnlyList<SyntaxTree> trees)
    {
        if (options.GlobalOptions.TryGetValue("build_property.projectdir", out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            return Normalize(configured);
        }

        // Without MSBuild (tests, ad-hoc compilations) the common directory of all files stands in for the project.
        var directories = trees.Select(t => Normalize(Path.GetDirectoryName(t.FilePath) ?? string.Empty)).Distinct().ToList();
        if (directories.Count == 0)
        {
            return null;
        }

        var common = directories[0];
        foreach (var directory in directories.Skip(1))
        {
            while (common.Length > 0 && !directory.StartsWith(common, StringComparison.OrdinalIgnoreCase))
            {
                common = Normalize(Path.GetDirectoryName(common.TrimEnd('/')) ?? string.Empty);
            }
        }

        return common;
    }

    public static string? TopFolder(string projectDirectory, string filePath)
    {
        var path = filePath.Replace('\\', '/');
        if (!path.StartsWith(projectDirectory, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var relative = path.Substring(projectDirectory.Length);
        var slash = relative.IndexOf('/');
        return slash > 0 ? relative.Substring(0, slash) : null;
    }

    private static string Normalize(string directory)
    {
        var normalized = directory.Replace('\\', '/');
        return normalized.Length == 0 || normalized.EndsWith("/", StringComparison.Ordinal) ? normalized : normalized + "/";
    }
}
