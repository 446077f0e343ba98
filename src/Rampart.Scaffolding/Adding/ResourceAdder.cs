using System.Text;
using DiffPlex.Renderer;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.LocalServers;
using Rampart.Scaffolding.Adding.Edits;
using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// <c>rampart add resource</c>: plans the new files (from the pattern's item templates) and the syntax edits of existing
/// ones, refuses before writing anything when the solution, the names or the working tree say no, writes all of it or
/// none of it, and makes the migration with EF Core's own tool — undoing every file when that fails, so the service is
/// never left half-changed.
/// </summary>
public sealed class ResourceAdder(TemplateCatalog catalog)
{
    // Types the generated code uses unqualified, and the service's own folders: a resource by that name would shadow them.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Task", "Program", "Entity", "Result", "Error", "Errors", "Page", "PageRequest", "Guid", "String", "Object", "Type", "Exception",
        "Attribute", "Action", "Uri", "Version", "Data", "Platform", "Tests", "Migrations", "Properties", "Identity", "Health", "System",
        "Microsoft", "Rampart",
    };

    /// <summary>The field types <c>--fields</c> accepts, for help text.</summary>
    public const string FieldTypes = ResourceField.TypesHelp;

    /// <summary>The patterns with resource item templates.</summary>
    public IReadOnlyList<string> Patterns =>
        Directory.Exists(ItemsDirectory)
            ? [.. Directory.EnumerateDirectories(ItemsDirectory).Where(d => Directory.Exists(Path.Combine(d, "resource"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    private string ItemsDirectory => Path.Combine(catalog.TemplatesDirectory, "items");

    /// <summary>Runs the request; <paramref name="progress"/> hears each step.</summary>
    public async Task<AddResult> AddAsync(AddResourceRequest request, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var solution = FindSolution(request.SolutionDirectory);
        var settings = ProjectSettings.Load(solution);
        if (!Patterns.Contains(settings.Pattern, StringComparer.Ordinal))
        {
            throw new ScaffoldingException(
                $"rampart add resource does not support the {settings.Pattern} pattern yet (it does: {string.Join(", ", Patterns)}).",
                "Add the resource by hand following the Shop's products in this solution, or update rampart (rampart --version) when a newer one supports it.");
        }

        var resource = Naming.Parse(request.Name, "resource");
        if (Reserved.Contains(resource.Pascal) || Reserved.Contains(resource.Plural))
        {
            throw new ScaffoldingException(
                $"The resource name '{request.Name}' is reserved: {(Reserved.Contains(resource.Pascal) ? resource.Pascal : resource.Plural)} is a type or folder every generated service uses already.",
                $"Choose a more specific name (e.g. {(resource.Pascal == "Data" ? "Dataset" : "Shop" + resource.Pascal)}).");
        }

        var fields = ResourceField.ParseAll(request.Fields, request.Unique, request.Positive);
        var service = Path.GetFileNameWithoutExtension(settings.Host);
        var project = Path.GetDirectoryName(settings.Host)!.Replace('\\', '/');
        var normalisation = new List<string> { "resource " + resource.Describe(request.Name) };
        normalisation.AddRange(fields.Select(f => $"field '{f.Name.Camel}' → property {f.Name.Pascal}, column {f.Name.Snake}"));

        var template = new ResourceTemplate(service, resource, fields, request.Owned);
        var files = template.RenderAll(Path.Combine(ItemsDirectory, settings.Pattern, "resource"));
        var taken = files.Where(f => File.Exists(Path.Combine(solution, f.Path))).Select(f => f.Path).ToList();
        var folder = $"{project}/{resource.Plural}";
        if (taken.Count > 0 || Directory.Exists(Path.Combine(solution, folder)))
        {
            throw new ScaffoldingException(
                $"The resource {resource.Pascal} exists already: {(taken.Count > 0 ? string.Join(", ", taken) : folder + "/")}.",
                "Choose another name, or remove the existing resource first.");
        }

        // A type of the same name elsewhere (Orders/OrderLine beside a new OrderLines/OrderLine) would make every file
        // that imports both namespaces ambiguous.
        var newTypes = files.Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToHashSet(StringComparer.Ordinal);
        var clashes = DeclaredTypes(solution).Where(t => newTypes.Contains(t.Name)).Select(t => $"{t.Name} in {t.Path}").ToList();
        if (clashes.Count > 0)
        {
            throw new ScaffoldingException(
                $"The resource {resource.Pascal} would declare types the solution has already: {string.Join(", ", clashes)}.",
                "Choose another name (a more specific one, such as " + (resource.Pascal == resource.Plural ? resource.Pascal + "Item" : "Catalog" + resource.Pascal) + ").");
        }

        SourceEdit[] edits =
        [
            new AddDbSet($"{project}/Data/AppDbContext.cs", "AppDbContext", resource.Pascal, resource.Plural, $"{service}.{resource.Plural}"),
            new AddServiceRegistration($"{project}/Program.cs", $"Add{resource.Plural}", $"{service}.{resource.Plural}"),
        ];
        var changes = new List<(SourceEdit Edit, string Before, string After)>();
        foreach (var edit in edits)
        {
            var path = Path.Combine(solution, edit.Path);
            if (!File.Exists(path))
            {
                throw new ScaffoldingException($"{edit.Path} is missing.", "Run rampart add inside a solution made by rampart new, with its layout as generated.");
            }

            var before = await File.ReadAllTextAsync(path, cancellationToken);
            changes.Add((edit, before, edit.Apply(before)));
        }

        var diff = Diff(changes);
        var migration = $"Add{resource.Plural}";
        var result = new AddResult(solution, normalisation, [.. files.Select(f => f.Path)], [.. changes.Select(c => (c.Edit.Path, c.Edit.Description))], diff, migration, request.DryRun);
        if (request.DryRun)
        {
            return result;
        }

        await RefuseUncommittedAsync(solution, [.. changes.Select(c => c.Edit.Path), folder], request.Force, cancellationToken);
        var written = new FileTransaction(solution);
        try
        {
            foreach (var (path, content) in files)
            {
                written.Create(path, content);
            }

            foreach (var (edit, before, after) in changes)
            {
                written.Replace(edit.Path, before, after);
            }

            progress($"building the service and making the migration {migration} with dotnet ef");
            await MakeMigrationAsync(solution, project, migration, written, cancellationToken);
        }
        catch
        {
            written.Undo();
            throw;
        }

        return result;
    }

    /// <summary>The folder holding <c>rampart.json</c>: <paramref name="start"/> or the nearest parent.</summary>
    internal static string FindSolution(string start)
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

    private static IEnumerable<(string Name, string Path)> DeclaredTypes(string solution)
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

    private static async Task RefuseUncommittedAsync(string solution, IReadOnlyList<string> paths, bool force, CancellationToken cancellationToken)
    {
        var uncommitted = await GitWorkingTree.UncommittedChangesAsync(solution, cancellationToken);
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

    private static async Task MakeMigrationAsync(string solution, string project, string name, FileTransaction written, CancellationToken cancellationToken)
    {
        // The migration goes next to the existing model snapshot, so that EF Core updates that snapshot.
        var snapshot = Directory.EnumerateFiles(Path.Combine(solution, project), "*ModelSnapshot.cs", SearchOption.AllDirectories)
            .FirstOrDefault(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var outputDirectory = snapshot is null ? "Data/Migrations" : Path.GetRelativePath(Path.Combine(solution, project), Path.GetDirectoryName(snapshot)!).Replace('\\', '/');
        written.Watch($"{project}/{outputDirectory}");
        // dotnet ef neither restores nor says much about a compile error: the build does both first.
        var build = await RunAsync(solution, ["build", project, "--nologo", "-v", "q", "-clp:ErrorsOnly"], cancellationToken);
        if (!build.Succeeded)
        {
            throw new ScaffoldingException(
                $"The service does not build with the new resource; every file is back as it was:\n{Tail(build.Text)}",
                "Fix the build error it names (dotnet build shows it without the resource too), then run rampart add again.",
                ScaffoldingErrorKind.Environment);
        }

        var restore = await RunAsync(solution, ["tool", "restore"], cancellationToken);
        if (!restore.Succeeded)
        {
            throw new ScaffoldingException($"dotnet tool restore failed, so dotnet-ef could not run; every file is back as it was:\n{Tail(restore.Text)}", "Fix the tool manifest (.config/dotnet-tools.json), then run rampart add again.", ScaffoldingErrorKind.Environment);
        }

        var ef = await RunAsync(solution, ["ef", "migrations", "add", name, "--project", project, "--output-dir", outputDirectory, "--no-build"], cancellationToken);
        if (!ef.Succeeded)
        {
            throw new ScaffoldingException(
                $"dotnet ef migrations add {name} failed; every file is back as it was:\n{Tail(ef.Text)}",
                "Fix what it reports (a build error in the service is the usual cause: dotnet build shows it), then run rampart add again.",
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

    private static string Diff(IEnumerable<(SourceEdit Edit, string Before, string After)> changes)
    {
        var diff = new StringBuilder();
        foreach (var (edit, before, after) in changes)
        {
            diff.Append(UnidiffRenderer.GenerateUnidiff(before, after, $"a/{edit.Path}", $"b/{edit.Path}", ignoreWhitespace: false, ignoreCase: false, contextLines: 3));
        }

        return diff.ToString();
    }
}
