using Rampart.Scaffolding.Adding.Edits;
using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// <c>rampart add module</c>: in a modular monolith, a module project and its Contracts project from the item
/// templates (module class, its own DbContext and schema, an empty Features folder, a tests folder), registered in the
/// host's module list, referenced by the host and the tests, added to the solution, and given its initial migration by
/// dotnet ef. Refuses before writing anything, then writes all of it or none of it (as <c>add resource</c> does). The
/// other patterns have no modules and refuse with what to do instead.
/// </summary>
public sealed class ModuleAdder(TemplateCatalog catalog)
{
    /// <summary>The migration each module starts with (as the Shop's modules do).</summary>
    public const string InitialMigration = "Initial";

    // The solution's own projects and folders, and names a module class or namespace would shadow.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "SharedKernel", "Shared", "Kernel", "Contracts", "Tests", "Test", "Modules", "Module", "Platform", "Database", "Features",
        "Messaging", "Migrations", "Properties", "Architecture", "Support", "Program", "System", "Microsoft", "Rampart", "Task",
    };

    // Why a pattern without modules has none, and what its new business area is instead.
    private static readonly Dictionary<string, (string Why, string Instead)> WithoutModules = new(StringComparer.Ordinal)
    {
        ["standard"] = (
            "it is one project with a folder per resource",
            "A new area is a resource folder: rampart add resource <name> --fields \"…\" (its CRUD), or rampart add endpoint <Area>/<UseCase> --method … --route … (one use case; a new area gets its folder)"),
        ["vertical-slice"] = (
            "it is one project whose features are folders (Features/<Feature>/<UseCase>/), not isolated modules with their own tables",
            "A new area is a feature folder: rampart add endpoint <Feature>/<UseCase> --method … --route … makes Features/<Feature>/ with its first slice, rampart add resource <name> --fields \"…\" a feature with its CRUD slices"),
        ["clean"] = (
            "it is split by layer (Domain, Application, Infrastructure, Api), not by business area",
            "A new area is a folder in each layer, as the Shop's Catalog: Domain/<Area>/, Application/<Area>/<UseCase>/, Api/<Area>/ (rampart add resource <name> --fields \"…\" where it supports the pattern)"),
        ["hexagonal"] = (
            "it is one core with ports and adapters, not several isolated business areas",
            "A new area is a folder in the core and in each adapter, as the Shop's Catalog: Core/<Area>/ (its use cases and ports), Adapters.Http/<Area>/, Adapters.Persistence/<Area>/ (rampart add resource <name> --fields \"…\" where it supports the pattern)"),
    };

    /// <summary>The patterns with module item templates.</summary>
    public IReadOnlyList<string> Patterns =>
        Directory.Exists(ItemsDirectory)
            ? [.. Directory.EnumerateDirectories(ItemsDirectory).Where(d => Directory.Exists(Path.Combine(d, "module"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    private string ItemsDirectory => Path.Combine(catalog.TemplatesDirectory, "items");

    /// <summary>Runs the request; <paramref name="progress"/> hears each step.</summary>
    public async Task<AddResult> AddAsync(AddModuleRequest request, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var solution = SolutionChange.FindSolution(request.SolutionDirectory);
        var settings = ProjectSettings.Load(solution);
        if (!Patterns.Contains(settings.Pattern, StringComparer.Ordinal))
        {
            var known = WithoutModules.TryGetValue(settings.Pattern, out var reason);
            throw new ScaffoldingException(
                known ? $"The {settings.Pattern} pattern has no modules: {reason.Why}." : $"rampart add module does not support the {settings.Pattern} pattern.",
                (known ? reason.Instead : "Add a new area of the API with rampart add resource <name> --fields \"…\"")
                    + ". When the service needs isolated modules (own tables, own contracts), start it as a modular monolith: rampart new <Name> --pattern modular-monolith.");
        }

        var module = Parse(request.Name);
        var host = settings.Host.Replace('\\', '/');
        var hostProject = Path.GetDirectoryName(host)!.Replace('\\', '/');
        var service = Path.GetFileNameWithoutExtension(host) is var hostName && hostName.EndsWith(".Host", StringComparison.Ordinal) ? hostName[..^".Host".Length] : hostName;
        var template = new ModuleTemplate(service, module);
        var normalisation = new List<string>
        {
            $"module '{request.Name.Trim()}' → project {service}.Modules.{module.Pascal}, class {module.Pascal}Module, schema {template.Schema}",
        };

        var folder = $"src/Modules/{module.Pascal}";
        var project = $"{folder}/{service}.Modules.{module.Pascal}";
        var contracts = $"{folder}/{service}.Modules.{module.Pascal}.Contracts";
        var testsProject = $"tests/{service}.Tests/{service}.Tests.csproj";
        var testsFolder = $"tests/{service}.Tests/{module.Pascal}";
        var existing = new[] { folder, testsFolder }.FirstOrDefault(f => Directory.Exists(Path.Combine(solution, f)));
        if (existing is not null)
        {
            throw new ScaffoldingException($"The module {module.Pascal} exists already: {existing}/.", "Choose another name, or remove the existing module first.");
        }

        var moduleClass = $"{module.Pascal}Module";
        var clashes = SolutionChange.DeclaredTypes(solution).Where(t => t.Name == moduleClass || t.Name == $"{module.Pascal}DbContext").Select(t => $"{t.Name} in {t.Path}").ToList();
        if (clashes.Count > 0)
        {
            throw new ScaffoldingException($"The module {module.Pascal} would declare types the solution has already: {string.Join(", ", clashes)}.", "Choose another module name.");
        }

        var files = template.RenderAll(Path.Combine(ItemsDirectory, settings.Pattern, "module"));
        var solutionFile = Directory.EnumerateFiles(solution, "*.slnx").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new ScaffoldingException("The solution has no .slnx file at its root.", "Run rampart add inside a solution made by rampart new, with its layout as generated.");
        var projectFile = $"{project}/{service}.Modules.{module.Pascal}.csproj";
        var contractsFile = $"{contracts}/{service}.Modules.{module.Pascal}.Contracts.csproj";
        SourceEdit[] edits =
        [
            new AddModuleRegistration($"{hostProject}/Program.cs", moduleClass, $"{service}.Modules.{module.Pascal}"),
            new AddProjectReference(host, RelativeReference(hostProject, projectFile)),
            new AddProjectReference(testsProject, RelativeReference($"tests/{service}.Tests", projectFile)),
            new AddSolutionProject(solutionFile, "/src/Modules/", projectFile),
            new AddSolutionProject(solutionFile, "/src/Modules/", contractsFile),
        ];
        var change = await SolutionChange.PlanAsync(solution, files, edits, cancellationToken);
        var result = new AddResult(solution, normalisation, [.. files.Select(f => f.Path)], change.Changed, change.Diff, $"{InitialMigration} ({module.Pascal}DbContext)", request.DryRun);
        if (request.DryRun)
        {
            return result;
        }

        await change.WriteAsync([folder, testsFolder], request.Force, async written =>
        {
            progress($"building the service and making the migration {InitialMigration} of {module.Pascal}DbContext with dotnet ef");
            try
            {
                await EfMigrations.AddAsync(solution, project, InitialMigration, written, cancellationToken, context: $"{module.Pascal}DbContext", defaultDirectory: "Database/Migrations", startupProject: hostProject);
            }
            catch
            {
                // The module's folders did not exist before (checked above): what the build and dotnet ef left in them
                // (bin, obj, migrations) goes too, so the tree is as it was.
                foreach (var created in new[] { folder, testsFolder }.Select(f => Path.Combine(solution, f)).Where(Directory.Exists))
                {
                    Directory.Delete(created, recursive: true);
                }

                throw;
            }
        }, cancellationToken);
        return result;
    }

    /// <summary>
    /// The module's names from what was typed: the words in Pascal case, neither singular nor plural forced (a module is
    /// a business area — Catalog, Orders, Identity, Billing — named as the team says it).
    /// </summary>
    internal static Naming Parse(string name)
    {
        var module = Naming.Parse(name, "module");
        if (Reserved.Contains(module.Pascal))
        {
            throw new ScaffoldingException(
                $"The module name '{name.Trim()}' is reserved: {module.Pascal} is a project, folder or type every modular monolith has already.",
                "Name the module after its business area (Billing, Shipping, Inventory).");
        }

        return module;
    }

    private static string RelativeReference(string fromProjectFolder, string projectFile) =>
        Path.GetRelativePath(fromProjectFolder, projectFile).Replace('/', '\\');
}
