using System.Text;
using DiffPlex.Renderer;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Scaffolding.Adding.Edits;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// What one <c>rampart add</c> command changes in a solution, planned before anything is written: the new files, the
/// syntax edits of existing ones (applied in memory, so a missing anchor refuses the command) and their unified diff.
/// <see cref="WriteAsync"/> writes all of it or, when any step after the writing fails (the build, dotnet ef), none of
/// it. Every <c>add</c> command goes through here, so they refuse and undo alike.
/// </summary>
internal sealed class SolutionChange
{
    private readonly List<(SourceEdit Edit, string Before, string After)> _changes;

    private SolutionChange(string solution, IReadOnlyList<(string Path, string Content)> files, List<(SourceEdit Edit, string Before, string After)> changes)
    {
        Solution = solution;
        Files = files;
        _changes = changes;
        Diff = Render(changes);
    }

    /// <summary>The solution's folder.</summary>
    public string Solution { get; }

    /// <summary>The new files, relative to the solution.</summary>
    public IReadOnlyList<(string Path, string Content)> Files { get; }

    /// <summary>The edited files with what each edit does.</summary>
    public IReadOnlyList<(string Path, string Description)> Changed => [.. _changes.Select(c => (c.Edit.Path, c.Edit.Description))];

    /// <summary>The unified diff of the edited files.</summary>
    public string Diff { get; }

    /// <summary>
    /// Plans <paramref name="files"/> and <paramref name="edits"/>: refuses when a new file exists already or an edited
    /// file is missing, and applies every edit in memory (an edit refuses when its anchor is missing). Several edits of
    /// one file apply in order, each to the result of the one before.
    /// </summary>
    public static async Task<SolutionChange> PlanAsync(string solution, IReadOnlyList<(string Path, string Content)> files, IReadOnlyList<SourceEdit> edits, CancellationToken cancellationToken)
    {
        var changes = new List<(SourceEdit Edit, string Before, string After)>();
        foreach (var edit in edits)
        {
            var path = Path.Combine(solution, edit.Path);
            if (!File.Exists(path))
            {
                throw new ScaffoldingException($"{edit.Path} is missing.", "Run rampart add inside a solution made by rampart new, with its layout as generated.");
            }

            var before = changes.LastOrDefault(c => c.Edit.Path == edit.Path).After ?? await File.ReadAllTextAsync(path, cancellationToken);
            changes.Add((edit, before, edit.Apply(before)));
        }

        return new SolutionChange(solution, files, changes);
    }

    /// <summary>The folder holding <c>rampart.json</c>: <paramref name="start"/> or the nearest parent.</summary>
    public static string FindSolution(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, ProjectSettings.FileName)))
            {
                return directory.FullName;
            }
        }

        throw new ScaffoldingException(
            $"'{Path.GetFullPath(start)}' is not inside a Rampart solution: no {ProjectSettings.FileName} here or in a parent folder.",
            "Run rampart add inside a solution made by rampart new (or pass its folder with --path).");
    }

    /// <summary>Every type declared in the solution's C# files (bin and obj left out), with its file.</summary>
    public static IEnumerable<(string Name, string Path)> DeclaredTypes(string solution)
    {
        var separator = Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(solution, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(solution, file);
            if ($"{separator}{relative}".Contains($"{separator}bin{separator}", StringComparison.Ordinal)
                || $"{separator}{relative}".Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            {
                continue;
            }

            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (var type in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                yield return (type.Identifier.Text, relative.Replace('\\', '/'));
            }
        }
    }

    /// <summary>
    /// Writes the change: refuses first when the edited files or <paramref name="newFolders"/> have uncommitted changes
    /// (unless <paramref name="force"/>), then writes every file and runs <paramref name="afterWriting"/> (the build and
    /// the migration); when that throws, every file is put back as it was.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<string> newFolders, bool force, Func<FileTransaction, Task> afterWriting, CancellationToken cancellationToken)
    {
        await RefuseUncommittedAsync([.. _changes.Select(c => c.Edit.Path).Distinct(StringComparer.Ordinal), .. newFolders], force, cancellationToken);
        var written = new FileTransaction(Solution);
        try
        {
            foreach (var (path, content) in Files)
            {
                written.Create(path, content);
            }

            // Only the last edit of a file is written: each one already holds the edits before it.
            foreach (var change in _changes.GroupBy(c => c.Edit.Path).Select(g => (Path: g.Key, g.First().Before, g.Last().After)))
            {
                written.Replace(change.Path, change.Before, change.After);
            }

            await afterWriting(written);
        }
        catch
        {
            written.Undo();
            throw;
        }
    }

    private async Task RefuseUncommittedAsync(IReadOnlyList<string> paths, bool force, CancellationToken cancellationToken)
    {
        var uncommitted = await GitWorkingTree.UncommittedChangesAsync(Solution, cancellationToken);
        if (uncommitted is null || force)
        {
            return;
        }

        var touched = uncommitted.Where(changed => paths.Any(p => changed == p || changed.StartsWith(p.TrimEnd('/') + "/", StringComparison.Ordinal))).ToList();
        if (touched.Count > 0)
        {
            throw new ScaffoldingException(
                $"Files this command changes have uncommitted changes: {string.Join(", ", touched)}.",
                "Commit or stash them first, so the change can be reviewed and undone with git; or pass --force.");
        }
    }

    private static string Render(IEnumerable<(SourceEdit Edit, string Before, string After)> changes)
    {
        var diff = new StringBuilder();
        foreach (var group in changes.GroupBy(c => c.Edit.Path))
        {
            diff.Append(UnidiffRenderer.GenerateUnidiff(group.First().Before, group.Last().After, $"a/{group.Key}", $"b/{group.Key}", ignoreWhitespace: false, ignoreCase: false, contextLines: 3));
        }

        return diff.ToString();
    }
}
