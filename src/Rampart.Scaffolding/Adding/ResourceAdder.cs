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
        "Microsoft", "Rampart", "Features", "Shared", "Database", "Modules", "Module", "Contracts", "Host", "SharedKernel",
        "Core", "Common", "Adapters", "Adapter", "Ports", "UseCases", "Composition", "Caller",
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
        var solution = SolutionChange.FindSolution(request.SolutionDirectory);
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
        var layout = ResourceLayout.For(solution, settings, resource, request.Module, fields);
        var normalisation = new List<string> { "resource " + resource.Describe(request.Name) + (layout.Description is { } where ? $", in {where}" : "") };
        normalisation.AddRange(fields.Select(f => $"field '{f.Name.Camel}' → property {f.Name.Pascal}, column {f.Name.Snake}"));

        var template = new ResourceTemplate(layout.Service, resource, fields, request.Owned, layout.Module);
        var files = template.RenderAll(Path.Combine(ItemsDirectory, settings.Pattern, "resource"));
        var taken = files.Where(f => File.Exists(Path.Combine(solution, f.Path))).Select(f => f.Path).ToList();
        var folder = layout.Folders[0];
        if (taken.Count > 0 || Directory.Exists(Path.Combine(solution, folder)))
        {
            throw new ScaffoldingException(
                $"The resource {resource.Pascal} exists already: {(taken.Count > 0 ? string.Join(", ", taken) : folder + "/")}.",
                "Choose another name, or remove the existing resource first.");
        }

        // A type of the same name elsewhere (Orders/OrderLine beside a new OrderLines/OrderLine) would make every file
        // that imports both namespaces ambiguous.
        var newTypes = files.Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToHashSet(StringComparer.Ordinal);
        var clashes = SolutionChange.DeclaredTypes(solution).Where(t => newTypes.Contains(t.Name)).Select(t => $"{t.Name} in {t.Path}").ToList();
        if (clashes.Count > 0)
        {
            throw new ScaffoldingException(
                $"The resource {resource.Pascal} would declare types the solution has already: {string.Join(", ", clashes)}.",
                "Choose another name (a more specific one, such as " + (resource.Pascal == resource.Plural ? resource.Pascal + "Item" : "Catalog" + resource.Pascal) + ").");
        }

        var change = await SolutionChange.PlanAsync(solution, files, layout.Edits, cancellationToken);
        var migration = $"Add{resource.Plural}";
        var target = layout.Migration;
        var result = new AddResult(solution, normalisation, [.. files.Select(f => f.Path)], change.Changed, change.Diff, target.Context is null ? migration : $"{migration} ({target.Context})", request.DryRun);
        if (request.DryRun)
        {
            return result;
        }

        await change.WriteAsync(layout.Folders, request.Force, written =>
        {
            progress($"building the service and making the migration {migration}{(target.Context is null ? "" : " of " + target.Context)} with dotnet ef");
            return EfMigrations.AddAsync(solution, target.Project, migration, written, cancellationToken, target.Context, target.DefaultDirectory, target.StartupProject, target.BuildProject);
        }, cancellationToken);
        return result;
    }
}
