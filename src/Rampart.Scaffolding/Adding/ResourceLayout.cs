using Rampart.Scaffolding.Adding.Edits;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// Where <c>rampart add resource</c> puts a resource in one pattern, and which existing files it edits: the item
/// templates' folder, the names the templates' paths and code are written for (the service, a module), the folders the
/// resource owns (one that exists already means the resource exists), the syntax edits that register it (the DbContext's
/// set, the composition root, the endpoint mapping) and the migration EF Core makes for it. <see cref="ResourceAdder"/>
/// is the same for every pattern; a pattern that gets <c>add resource</c> adds one factory method here and its item
/// templates under <c>templates/items/&lt;pattern&gt;/resource</c>, and
/// a line in <see cref="TestsOf"/> for the tests every pattern shares (<c>templates/items/resource-tests</c>: HTTP, request rules).
/// </summary>
/// <param name="Service">The service's name, the templates' <c>Skeleton</c>.</param>
/// <param name="Module">The module the resource goes into (modular monolith), the templates' <c>Inventory</c>; null elsewhere.</param>
/// <param name="Folders">The folders only this resource has (relative to the solution, no trailing slash): the first one's
/// existence means the resource exists.</param>
/// <param name="Edits">The edits of existing files, in order.</param>
/// <param name="Migration">The project, DbContext and startup project of the migration.</param>
/// <param name="Description">Where the resource went, for the command's output (<c>module Billing</c>).</param>
internal sealed record ResourceLayout(string Service, Naming? Module, IReadOnlyList<string> Folders, IReadOnlyList<SourceEdit> Edits, MigrationTarget Migration, string? Description)
{
    /// <summary>The sample module of the modular monolith's item templates.</summary>
    public const string SampleModule = ModuleTemplate.SampleName;

    /// <summary>
    /// The layout of <paramref name="resource"/> in <paramref name="solution"/>; refuses a <paramref name="module"/> in a
    /// pattern without modules, and a missing or unknown one in a modular monolith.
    /// </summary>
    public static ResourceLayout For(string solution, ProjectSettings settings, Naming resource, string? module, IReadOnlyList<ResourceField>? fields = null)
    {
        if (settings.Pattern != "modular-monolith" && !string.IsNullOrWhiteSpace(module))
        {
            throw new ScaffoldingException(
                $"--module {module.Trim()}: the {settings.Pattern} pattern has no modules, so a resource goes into the service itself.",
                "Leave --module out; modules belong to a modular monolith (rampart new <Name> --pattern modular-monolith).");
        }

        return settings.Pattern switch
        {
            "standard" => Standard(settings, resource),
            "vertical-slice" => VerticalSlice(settings, resource),
            "modular-monolith" => ModularMonolith(solution, settings, resource, module),
            "clean" => Clean(settings, resource),
            "hexagonal" => Hexagonal(solution, settings, resource, fields),
            _ => throw new ScaffoldingException(
                $"rampart add resource has no layout for the {settings.Pattern} pattern yet.",
                "Add the resource by hand following the Shop's products in this solution, or update rampart (rampart --version) when a newer one supports it."),
        };
    }

    // standard: src/<Service>/<Plural>/ with a service class; a DbSet on AppDbContext and Add<Plural>() in Program.cs
    // (controllers are found by MVC).
    private static ResourceLayout Standard(ProjectSettings settings, Naming resource)
    {
        var (service, project) = Host(settings);
        SourceEdit[] edits =
        [
            new AddDbSet($"{project}/Data/AppDbContext.cs", "AppDbContext", resource.Pascal, resource.Plural, $"{service}.{resource.Plural}"),
            new AddServiceRegistration($"{project}/Program.cs", $"Add{resource.Plural}", $"{service}.{resource.Plural}"),
        ];
        return new(service, null, [$"{project}/{resource.Plural}", $"tests/{service}.Tests/{resource.Plural}"], edits, new MigrationTarget(project, null, "Data/Migrations", null), null);
    }

    // vertical-slice: the feature Features/<Plural>/ (entity, mapping, errors, one folder per slice), its table reached
    // through AppDbContext.Set<T>() (the context names no feature and applies the assembly's configurations), mapped by
    // app.Map<Plural>() beside the other features in Program.cs.
    private static ResourceLayout VerticalSlice(ProjectSettings settings, Naming resource)
    {
        var (service, project) = Host(settings);
        SourceEdit[] edits = [new AddEndpointMapping($"{project}/Program.cs", $"Map{resource.Plural}", $"{service}.Features.{resource.Plural}")];
        return new(service, null, [$"{project}/Features/{resource.Plural}", $"tests/{service}.Tests/{resource.Plural}"], edits, new MigrationTarget(project, null, "Shared/Database/Migrations", null), null);
    }

    // modular-monolith: inside the module's project (<Plural>/ for the model, Database/ for its mapping, Features/ for
    // the slices), a DbSet on the module's DbContext, its route group in the module class's MapEndpoints, its tests in
    // the module's tests folder, and the migration on the module's context with the host as startup project.
    private static ResourceLayout ModularMonolith(string solution, ProjectSettings settings, Naming resource, string? module)
    {
        var host = settings.Host.Replace('\\', '/');
        var hostProject = Path.GetDirectoryName(host)!.Replace('\\', '/');
        var service = Path.GetFileNameWithoutExtension(host) is var name && name.EndsWith(".Host", StringComparison.Ordinal) ? name[..^".Host".Length] : name;
        var modules = Modules(solution, service);
        if (string.IsNullOrWhiteSpace(module))
        {
            throw new ScaffoldingException(
                $"--module is missing: in a modular monolith a resource lives in one module (this service has: {List(modules)}).",
                $"Name the module: rampart add resource {resource.Kebab} --module {(modules.Count > 0 ? modules[0] : "<Module>")} --fields \"…\" (or make one first with rampart add module <Name>).");
        }

        var wanted = Naming.Parse(module, "module").Pascal;
        var found = modules.FirstOrDefault(m => string.Equals(m, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new ScaffoldingException(
                $"There is no module {wanted} (src/Modules/{wanted}/{service}.Modules.{wanted}); this service has: {List(modules)}.",
                $"Use one of those with --module, or make it first with rampart add module {module.Trim()}.");
        var target = Naming.Parse(found, "module");
        var project = $"src/Modules/{found}/{service}.Modules.{found}";
        var moduleNamespace = $"{service}.Modules.{found}";
        var shopApp = $"tests/{service}.Tests/Support/ShopApp.cs";
        if (!File.Exists(Path.Combine(solution, shopApp)))
        {
            throw new ScaffoldingException(
                $"The service has no sign-in for the resource's writes and tests: {shopApp} (and the Identity module) are missing.",
                "add resource needs the Identity module and the tests' ShopApp, which rampart new --pattern modular-monolith --example shop makes; add the resource by hand following the Catalog module otherwise.");
        }

        var csproj = $"{project}/{service}.Modules.{found}.csproj";
        var edits = new List<SourceEdit>
        {
            new AddDbSet($"{project}/Database/{found}DbContext.cs", $"{found}DbContext", resource.Pascal, resource.Plural, $"{moduleNamespace}.{resource.Plural}"),
            new AddModuleEndpoints($"{project}/{found}Module.cs", $"{found}Module", resource, moduleNamespace),
        };
        if (File.Exists(Path.Combine(solution, csproj)) && !File.ReadAllText(Path.Combine(solution, csproj)).Contains("\"Rampart.AspNetCore.Identity\"", StringComparison.Ordinal))
        {
            // The endpoints' policies and the caller come from the identity block; a module made by add module has none yet.
            edits.Add(new AddPackageReference(csproj, "Rampart.AspNetCore.Identity"));
        }

        return new(
            service,
            target,
            [$"{project}/{resource.Plural}", $"tests/{service}.Tests/{found}/{resource.Plural}"],
            edits,
            new MigrationTarget(project, $"{found}DbContext", "Database/Migrations", hostProject),
            $"module {found}");
    }

    // clean: a folder <Plural>/ in each of the four layers (Domain: entity, rules, errors, enums; Application: DTO,
    // ports, one folder per use case; Infrastructure: mapping, repository, queries; Api: one file per endpoint and the
    // route group), the DbSet on AppDbContext, the ports' implementations in AddInfrastructure, the use cases and the
    // routes in Program.cs, and the migration in the infrastructure with the Api as startup project.
    private static ResourceLayout Clean(ProjectSettings settings, Naming resource)
    {
        var (api, apiProject) = Host(settings);
        var service = api.EndsWith(".Api", StringComparison.Ordinal) ? api[..^".Api".Length] : api;
        var (domain, application, infrastructure) = ($"{service}.Domain", $"{service}.Application", $"{service}.Infrastructure");
        var plural = resource.Plural;
        SourceEdit[] edits =
        [
            new AddDbSet($"src/{infrastructure}/Persistence/AppDbContext.cs", "AppDbContext", resource.Pascal, plural, $"{domain}.{plural}"),
            new AddScopedServices(
                $"src/{infrastructure}/InfrastructureServiceCollectionExtensions.cs",
                "InfrastructureServiceCollectionExtensions",
                "AddInfrastructure",
                [($"I{resource.Pascal}Repository", $"{resource.Pascal}Repository"), ($"I{resource.Pascal}Queries", $"{resource.Pascal}Queries")],
                [$"{application}.{plural}", $"{infrastructure}.{plural}"],
                beforeFinalReturn: true),
            new AddServiceRegistration($"{apiProject}/Program.cs", $"Add{resource.Pascal}Endpoints", $"{api}.{plural}"),
            new AddEndpointMapping($"{apiProject}/Program.cs", $"Map{resource.Pascal}Endpoints", $"{api}.{plural}"),
        ];
        string[] folders = [$"src/{domain}/{plural}", $"src/{application}/{plural}", $"src/{infrastructure}/{plural}", $"{apiProject}/{plural}", $"tests/{service}.Tests/{plural}"];
        return new(service, null, folders, edits, new MigrationTarget($"src/{infrastructure}", null, "Persistence/Migrations", apiProject), null);
    }

    // hexagonal: a <Plural>/ folder in the core (the domain type, its errors, Ports/ and UseCases/), in the persistence
    // adapter (record, configuration, repository) and in the HTTP adapter (endpoints, requests, response); the
    // repository registered in AddPersistenceAdapter, the use cases in the composition root (CoreUseCases when the
    // service has one, AddAdapters otherwise), the route group mapped in Program.cs, the folder kept apart from the
    // other modules by the architecture table, each unique index mapped to its error in the unit of work; the migration made from the persistence adapter's design-time factory, after building
    // the host (so a broken endpoint fails the add, not only the model).
    private static ResourceLayout Hexagonal(string solution, ProjectSettings settings, Naming resource, IReadOnlyList<ResourceField>? fields)
    {
        var (host, hostProject) = Host(settings);
        var service = host.EndsWith(".Adapters.Http", StringComparison.Ordinal) ? host[..^".Adapters.Http".Length] : host;
        var core = $"{service}.Core.{resource.Plural}";
        var persistence = $"src/{service}.Adapters.Persistence";
        var http = $"src/{service}.Adapters.Http";
        var useCases = HexagonalUseCases(solution, http, UseCases(resource), [$"{core}.Ports", $"{core}.UseCases"]);
        var edits = new List<SourceEdit>
        {
            new AddScopedServices($"{persistence}/PersistenceAdapter.cs", "PersistenceAdapter", "AddPersistenceAdapter", [($"I{resource.Pascal}Repository", $"{resource.Pascal}Repository")], [$"{service}.Adapters.Persistence.{resource.Plural}", $"{core}.Ports"]),
            useCases,
            new AddEndpointMapping($"{hostProject}/Program.cs", $"Map{resource.Pascal}Endpoints", $"{service}.Adapters.Http.{resource.Plural}"),
            new AddArchitectureModule($"tests/{service}.Tests/Architecture/ArchitectureRules.cs", service, resource.Plural),
        };
        if (fields?.Where(f => f.Unique).ToList() is { Count: > 0 } unique)
        {
            edits.Add(new AddUniqueViolationCatch(
                $"{persistence}/UnitOfWork.cs",
                "CommitAsync",
                [.. unique.Select(f => ($"{resource.Pascal}RecordConfiguration.{f.Name.Pascal}Index", $"{resource.Pascal}Errors.{f.Name.Pascal}Taken"))],
                ["Rampart.AspNetCore.Data", $"{service}.Adapters.Persistence.{resource.Plural}", core]));
        }

        return new(
            service,
            null,
            [$"src/{service}.Core/{resource.Plural}", $"{persistence}/{resource.Plural}", $"{http}/{resource.Plural}", $"tests/{service}.Tests/{resource.Plural}", $"tests/{service}.Core.Tests/{resource.Plural}"],
            edits,
            new MigrationTarget(persistence, null, "Migrations", persistence, hostProject),
            null);
    }

    /// <summary>
    /// Registers a hexagonal service's ports and use cases where it keeps them: <c>CoreUseCases.AddCoreUseCases</c> when
    /// the service has one (the Shop), <c>AdapterComposition.AddAdapters</c> otherwise (the skeleton).
    /// </summary>
    internal static AddScopedServices HexagonalUseCases(string solution, string http, IReadOnlyList<(string Service, string Implementation)> registrations, IReadOnlyList<string> namespaces) =>
        File.Exists(Path.Combine(solution, http, "Composition", "CoreUseCases.cs"))
            ? new AddScopedServices($"{http}/Composition/CoreUseCases.cs", "CoreUseCases", "AddCoreUseCases", registrations, namespaces)
            : new AddScopedServices($"{http}/Composition/AdapterComposition.cs", "AdapterComposition", "AddAdapters", registrations, namespaces);

    private static (string, string)[] UseCases(Naming resource) =>
        [($"IFind{resource.Plural}", $"Find{resource.Plural}"), ($"IManage{resource.Plural}", $"Manage{resource.Plural}")];

    /// <summary>
    /// Where <paramref name="pattern"/>'s copy of the tests every pattern shares (<c>templates/items/resource-tests</c>)
    /// differs from the shared files, in the item templates' sample names: the namespace of the resource's errors, the
    /// tests' app fixture, the tests' folder and the namespaces the request rules tests use (the requests', the
    /// entity's for its text length and the enum's, each kept only when the fields need it). Null for a pattern
    /// without <c>add resource</c>.
    /// </summary>
    public static ResourceTestsPlace? TestsOf(string pattern) => pattern switch
    {
        "standard" => new("Skeleton.GiftCards", "ShopApp", "tests/Skeleton.Tests/GiftCards", """
            using Skeleton.GiftCards;
            """),
        "vertical-slice" => new("Skeleton.Features.GiftCards", "ServiceApp", "tests/Skeleton.Tests/GiftCards", RulesUsings: null),
        "modular-monolith" => new("Skeleton.Modules.Inventory.GiftCards", "ShopApp", "tests/Skeleton.Tests/Inventory/GiftCards", """
            #if RAMPART_ITEM_ENUM
            using Skeleton.Modules.Inventory.Contracts;
            #endif
            using Skeleton.Modules.Inventory.Features.CreateGiftCard;
            using Skeleton.Modules.Inventory.Features.UpdateGiftCard;
            #if RAMPART_ITEM_TEXT
            using Skeleton.Modules.Inventory.GiftCards;
            #endif
            """),
        "clean" => new("Skeleton.Domain.GiftCards", "ServiceApp", "tests/Skeleton.Tests/GiftCards", RequestsAndEntityUsings("Skeleton.Api.GiftCards", "Skeleton.Domain.GiftCards")),
        "hexagonal" => new("Skeleton.Core.GiftCards", "ServiceApp", "tests/Skeleton.Tests/GiftCards", RequestsAndEntityUsings("Skeleton.Adapters.Http.GiftCards", "Skeleton.Core.GiftCards")),
        _ => null,
    };

    // The requests in one namespace before the entity's (clean's Api, hexagonal's HTTP adapter), the entity's kept for
    // its text length or its enum.
    private static string RequestsAndEntityUsings(string requests, string entity) => $"""
        using {requests};
        #if RAMPART_ITEM_TEXT
        using {entity};
        #else
        #if RAMPART_ITEM_ENUM
        using {entity};
        #endif
        #endif
        """;

    private static (string Service, string Project) Host(ProjectSettings settings) =>
        (Path.GetFileNameWithoutExtension(settings.Host), Path.GetDirectoryName(settings.Host)!.Replace('\\', '/'));

    // The modules: src/Modules/<Name>/ holding the project <Service>.Modules.<Name>.
    internal static List<string> Modules(string solution, string service)
    {
        var root = Path.Combine(solution, "src", "Modules");
        return Directory.Exists(root)
            ? [.. Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>()
                .Where(m => File.Exists(Path.Combine(root, m, $"{service}.Modules.{m}", $"{service}.Modules.{m}.csproj")))
                .Order(StringComparer.Ordinal)]
            : [];
    }

    private static string List(List<string> modules) => modules.Count > 0 ? string.Join(", ", modules) : "no module yet";
}

/// <summary>
/// The migration of a new resource: the project holding the DbContext, which one, where new migrations go, the startup
/// project, and the project built first when that is not the startup project (a hexagonal host, whose persistence
/// adapter makes the model from its design-time factory).
/// </summary>
internal sealed record MigrationTarget(string Project, string? Context, string DefaultDirectory, string? StartupProject, string? BuildProject = null);

/// <summary>A pattern's place for the shared tests of a resource, in the item templates' sample names.</summary>
/// <param name="ErrorsNamespace">The namespace of <c>GiftCardErrors</c> (the HTTP tests read its version-conflict code).</param>
/// <param name="Fixture">The HTTP tests' app fixture: <c>ShopApp</c> or <c>ServiceApp</c>.</param>
/// <param name="Folder">The tests' folder, relative to the solution; its path after <c>tests/</c> is their namespace.</param>
/// <param name="RulesUsings">The request rules tests' usings after <c>System.ComponentModel.DataAnnotations</c>; null for the shared file's own (the vertical slice's).</param>
internal sealed record ResourceTestsPlace(string ErrorsNamespace, string Fixture, string Folder, string? RulesUsings);
