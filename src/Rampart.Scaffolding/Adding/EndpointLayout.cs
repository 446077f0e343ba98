using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Scaffolding.Adding.Edits;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// Where <c>rampart add endpoint</c> puts a use case in one pattern: the names the item templates are written for (the
/// service, a module), the area's route group segment, whether the area is new, the folder only this use case has (one
/// that exists already means the use case exists) and the syntax edits that map it.
/// </summary>
internal sealed record EndpointLayout(string Service, Naming? Module, string Segment, bool NewArea, string? Folder, string Project, IReadOnlyList<SourceEdit> Edits, string Description, string Fixture = "ShopApp")
{
    /// <summary>The layout of <paramref name="spec"/> in <paramref name="solution"/>; refuses an unknown module in a modular monolith.</summary>
    public static EndpointLayout For(string solution, ProjectSettings settings, EndpointSpec spec) => settings.Pattern switch
    {
        "standard" => Standard(solution, settings, spec),
        "vertical-slice" => VerticalSlice(solution, settings, spec),
        "modular-monolith" => ModularMonolith(solution, settings, spec),
        "clean" => Clean(solution, settings, spec),
        "hexagonal" => Hexagonal(solution, settings, spec),
        _ => throw new ScaffoldingException(
            $"rampart add endpoint has no layout for the {settings.Pattern} pattern yet.",
            "Add the use case by hand following the Shop's catalog in this solution, or update rampart (rampart --version) when a newer one supports it."),
    };

    // standard: a controller of its own in the resource folder <Area>/ (V<n>/ for a later version), on the route of the
    // folder's controllers (MVC finds it; the Shop's ProductAvailabilityController joins Products the same way).
    private static EndpointLayout Standard(string solution, ProjectSettings settings, EndpointSpec spec)
    {
        var (service, project) = Host(settings);
        var folder = Path.Combine(solution, project, spec.Area.Pascal);
        var segment = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*Controller.cs", SearchOption.AllDirectories).Select(f => ControllerSegment(File.ReadAllText(f))).FirstOrDefault(s => s is not null)
            : null;
        var edits = OpenApiDocument(solution, $"{project}/Program.cs", spec.Version);
        return new(service, null, segment ?? spec.Area.Kebab, !Directory.Exists(folder), null, project, edits, $"{project}/{spec.Area.Pascal}/");
    }

    // vertical-slice: Features/<Area>/<UseCase>/; an existing feature maps it in its Map<Area>(), a new one is created
    // with that method and mapped in Program.cs.
    private static EndpointLayout VerticalSlice(string solution, ProjectSettings settings, EndpointSpec spec)
    {
        var (service, project) = Host(settings);
        var area = $"{project}/Features/{spec.Area.Pascal}";
        var feature = $"{area}/{spec.Area.Pascal}Feature.cs";
        var edits = new List<SourceEdit>();
        string segment;
        var newArea = !Directory.Exists(Path.Combine(solution, area));
        if (newArea)
        {
            segment = spec.Area.Kebab;
            edits.Add(new AddEndpointMapping($"{project}/Program.cs", $"Map{spec.Area.Pascal}", $"{service}.Features.{spec.Area.Pascal}"));
        }
        else
        {
            if (!File.Exists(Path.Combine(solution, feature)))
            {
                throw new ScaffoldingException(
                    $"The feature {spec.Area.Pascal} has no {feature} with its Map{spec.Area.Pascal}() (where a feature maps its slices).",
                    "Map the new slice by hand in the feature's mapping method, or name another feature.");
            }

            segment = AddSliceMapping.GroupSegment(File.ReadAllText(Path.Combine(solution, feature)), $"{spec.Area.Pascal}Feature", null, spec.Version) ?? spec.Area.Kebab;
            edits.Add(new AddSliceMapping(feature, $"{spec.Area.Pascal}Feature", null, $"Map{spec.UseCase.Pascal}", spec.Version, segment, spec.Area.Pascal, $"{service}.Features.{spec.Area.Pascal}.{spec.UseCase.Pascal}", ["Rampart.AspNetCore.Versioning"]));
        }

        edits.AddRange(OpenApiDocument(solution, $"{project}/Program.cs", spec.Version));
        return new(service, null, segment, newArea, $"{area}/{spec.UseCase.Pascal}", project, edits, $"feature {spec.Area.Pascal}", "ServiceApp");
    }

    // modular-monolith: the module must exist; Features/<UseCase>/ in its project, mapped in its MapEndpoints.
    private static EndpointLayout ModularMonolith(string solution, ProjectSettings settings, EndpointSpec spec)
    {
        var host = settings.Host.Replace('\\', '/');
        var hostProject = Path.GetDirectoryName(host)!.Replace('\\', '/');
        var service = Path.GetFileNameWithoutExtension(host) is var name && name.EndsWith(".Host", StringComparison.Ordinal) ? name[..^".Host".Length] : name;
        var modules = ResourceLayout.Modules(solution, service);
        var found = modules.FirstOrDefault(m => string.Equals(m, spec.Area.Pascal, StringComparison.OrdinalIgnoreCase))
            ?? throw new ScaffoldingException(
                $"There is no module {spec.Area.Pascal} (src/Modules/{spec.Area.Pascal}/{service}.Modules.{spec.Area.Pascal}); in a modular monolith the area is a module, and this service has: {(modules.Count == 0 ? "none" : string.Join(", ", modules))}.",
                $"Use one of those as the area ({(modules.Count > 0 ? modules[0] : "<Module>")}/{spec.UseCase.Pascal}), or make the module first with rampart add module {spec.Area.Kebab}.");
        var module = Naming.Parse(found, "module");
        var project = $"src/Modules/{found}/{service}.Modules.{found}";
        var shopApp = $"tests/{service}.Tests/Support/ShopApp.cs";
        if (!File.Exists(Path.Combine(solution, shopApp)))
        {
            throw new ScaffoldingException(
                $"The service has no test host to call the endpoint over HTTP: {shopApp} (and the Identity module) are missing.",
                "add endpoint needs the Identity module and the tests' ShopApp, which rampart new --pattern modular-monolith --example shop makes; add the use case by hand following the Catalog module otherwise.");
        }

        var moduleFile = $"{project}/{found}Module.cs";
        var segment = File.Exists(Path.Combine(solution, moduleFile))
            ? AddSliceMapping.GroupSegment(File.ReadAllText(Path.Combine(solution, moduleFile)), $"{found}Module", "MapEndpoints", spec.Version)
            : null;
        var edits = new List<SourceEdit>
        {
            new AddSliceMapping(moduleFile, $"{found}Module", "MapEndpoints", $"Map{spec.UseCase.Pascal}", spec.Version, segment ?? module.Kebab, found, $"{service}.Modules.{found}.Features.{spec.UseCase.Pascal}", ["Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Http", "Rampart.AspNetCore.Versioning"]),
        };
        var csproj = $"{project}/{service}.Modules.{found}.csproj";
        if (spec.Auth != "anonymous" && File.Exists(Path.Combine(solution, csproj)) && !File.ReadAllText(Path.Combine(solution, csproj)).Contains("\"Rampart.AspNetCore.Identity\"", StringComparison.Ordinal))
        {
            // The endpoint's policy names come from the identity block; a module made by add module has no reference to it yet.
            edits.Add(new AddPackageReference(csproj, "Rampart.AspNetCore.Identity"));
        }

        edits.AddRange(OpenApiDocument(solution, $"{hostProject}/Program.cs", spec.Version));
        return new(service, module, segment ?? module.Kebab, false, $"{project}/Features/{spec.UseCase.Pascal}", hostProject, edits, $"module {found}");
    }

    // clean: the use case in Application/<Area>/<UseCase>/ (command, validation, handler, DTO) and its endpoint in
    // Api/<Area>/. An existing area's <X>Endpoints class registers the handler in its Add…Endpoints and maps the
    // endpoint on its route group in Map…Endpoints; a new area gets that class, registered and mapped in Program.cs.
    private static EndpointLayout Clean(string solution, ProjectSettings settings, EndpointSpec spec)
    {
        var (api, apiProject) = Host(settings);
        var service = api.EndsWith(".Api", StringComparison.Ordinal) ? api[..^".Api".Length] : api;
        var area = spec.Area.Pascal;
        var useCase = $"{service}.Application.{area}.{spec.UseCase.Pascal}";
        var edits = new List<SourceEdit>();
        var (newArea, segment) = (true, spec.Area.Kebab);
        if (ExistingArea(solution, $"{apiProject}/{area}", "Api") is { } existing)
        {
            if (existing.AddMethod is null)
            {
                throw new ScaffoldingException(
                    $"The area {area} has no Add…Endpoints(this IServiceCollection …) in {existing.Path} (where a clean area registers its use cases).",
                    $"Register the use cases of {area} in {existing.Class}, or name another area.");
            }

            (newArea, segment) = (false, AddSliceMapping.GroupSegment(File.ReadAllText(Path.Combine(solution, existing.Path)), existing.Class, existing.MapMethod, spec.Version) ?? spec.Area.Kebab);
            edits.Add(new AddUseCaseRegistration(existing.Path, existing.Class, existing.AddMethod, $"{spec.UseCase.Pascal}Handler", useCase));
            edits.Add(new AddSliceMapping(existing.Path, existing.Class, existing.MapMethod, $"Map{spec.UseCase.Pascal}", spec.Version, segment, area, $"{api}.{area}", ["Rampart.AspNetCore.Versioning"]));
        }
        else
        {
            edits.Add(new AddServiceRegistration($"{apiProject}/Program.cs", $"Add{area}Endpoints", $"{api}.{area}"));
            edits.Add(new AddEndpointMapping($"{apiProject}/Program.cs", $"Map{area}Endpoints", $"{api}.{area}"));
        }

        edits.AddRange(OpenApiDocument(solution, $"{apiProject}/Program.cs", spec.Version));
        return new(service, null, segment, newArea, $"src/{service}.Application/{area}/{spec.UseCase.Pascal}", apiProject, edits, $"area {area}", "ServiceApp");
    }

    // hexagonal: the driving port (and what it answers) in Core/<Area>/Ports/, the use case behind it in
    // Core/<Area>/UseCases/, the HTTP adapter's endpoint in Adapters.Http/<Area>/; the port registered where the
    // service's use cases are (CoreUseCases when it has one, AddAdapters otherwise), the endpoint mapped on the area's
    // route group, or, for a new area, on the group of its new <Area>Endpoints class mapped in Program.cs and kept apart
    // from the other modules by the architecture table.
    private static EndpointLayout Hexagonal(string solution, ProjectSettings settings, EndpointSpec spec)
    {
        var (host, hostProject) = Host(settings);
        var service = host.EndsWith(".Adapters.Http", StringComparison.Ordinal) ? host[..^".Adapters.Http".Length] : host;
        var area = spec.Area.Pascal;
        var core = $"{service}.Core.{area}";
        var edits = new List<SourceEdit>
        {
            ResourceLayout.HexagonalUseCases(solution, hostProject, [($"I{spec.UseCase.Pascal}", spec.UseCase.Pascal)], [$"{core}.Ports", $"{core}.UseCases"]),
        };
        var (newArea, segment) = (true, spec.Area.Kebab);
        if (ExistingArea(solution, $"{hostProject}/{area}", "Adapters.Http") is { } existing)
        {
            (newArea, segment) = (false, AddSliceMapping.GroupSegment(File.ReadAllText(Path.Combine(solution, existing.Path)), existing.Class, existing.MapMethod, spec.Version) ?? spec.Area.Kebab);
            edits.Add(new AddSliceMapping(existing.Path, existing.Class, existing.MapMethod, $"Map{spec.UseCase.Pascal}", spec.Version, segment, area, $"{service}.Adapters.Http.{area}", ["Rampart.AspNetCore.Versioning"]));
        }
        else
        {
            edits.Add(new AddEndpointMapping($"{hostProject}/Program.cs", $"Map{area}Endpoints", $"{service}.Adapters.Http.{area}"));
            if (!Directory.Exists(Path.Combine(solution, "src", $"{service}.Core", area)))
            {
                edits.Add(new AddArchitectureModule($"tests/{service}.Tests/Architecture/ArchitectureRules.cs", service, area));
            }
        }

        edits.AddRange(OpenApiDocument(solution, $"{hostProject}/Program.cs", spec.Version));
        return new(service, null, segment, newArea, null, hostProject, edits, $"area {area}", "ServiceApp");
    }

    /// <summary>
    /// The area class of <paramref name="folder"/> (a clean <c>Api/&lt;Area&gt;</c>, a hexagonal
    /// <c>Adapters.Http/&lt;Area&gt;</c>): a class with <c>Map…Endpoints(this IEndpointRouteBuilder …)</c> and, in clean,
    /// <c>Add…Endpoints(this IServiceCollection …)</c>. Null when the folder does not exist; refused when it has no such class.
    /// </summary>
    private static AreaEndpoints? ExistingArea(string solution, string folder, string layer)
    {
        var directory = Path.Combine(solution, folder);
        if (!Directory.Exists(directory))
        {
            return null;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*Endpoints.cs").Order(StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetCompilationUnitRoot();
            foreach (var type in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                var methods = type.Members.OfType<MethodDeclarationSyntax>().Where(m => m.ParameterList.Parameters.FirstOrDefault() is { } first && first.Modifiers.Any(SyntaxKind.ThisKeyword)).ToList();
                var map = methods.FirstOrDefault(m => IsExtensionOf(m, "IEndpointRouteBuilder", "Map"));
                if (map is not null)
                {
                    var add = methods.FirstOrDefault(m => IsExtensionOf(m, "IServiceCollection", "Add"));
                    return new($"{folder}/{Path.GetFileName(file)}", type.Identifier.Text, map.Identifier.Text, add?.Identifier.Text);
                }
            }
        }

        throw new ScaffoldingException(
            $"The area folder {folder} has no class with a Map…Endpoints(this IEndpointRouteBuilder …) (where a {layer} area maps its endpoints).",
            "Map the new endpoint by hand in the area's mapping method, or name another area.");
    }

    private static bool IsExtensionOf(MethodDeclarationSyntax method, string type, string prefix) =>
        method.Identifier.Text.StartsWith(prefix, StringComparison.Ordinal)
        && method.Identifier.Text.EndsWith("Endpoints", StringComparison.Ordinal)
        && method.ParameterList.Parameters[0].Type?.ToString() == type;

    // The document of a later version, unless some code of the service registers it already (the Shop's v2 read does).
    private static SourceEdit[] OpenApiDocument(string solution, string program, int version) =>
        version == 1 || Directory.EnumerateFiles(solution, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Any(f => AddOpenApiDocument.Registers(File.ReadAllText(f), version))
            ? []
            : [new AddOpenApiDocument(program, version)];

    // [Route("api/v1/products")] or [Route("api/v{version:apiVersion}/products")] → products
    private static string? ControllerSegment(string source)
    {
        var marker = source.IndexOf("[Route(\"api/v", StringComparison.Ordinal);
        if (marker < 0)
        {
            return null;
        }

        var start = source.IndexOf('/', marker + "[Route(\"api/v".Length);
        var end = source.IndexOf('"', marker + "[Route(\"".Length);
        return start < 0 || end < start ? null : source[(start + 1)..end];
    }

    private static (string Service, string Project) Host(ProjectSettings settings) =>
        (Path.GetFileNameWithoutExtension(settings.Host), Path.GetDirectoryName(settings.Host)!.Replace('\\', '/'));
}

/// <summary>A clean or hexagonal area's endpoints class: its file, name, mapping method and (clean) registration method.</summary>
internal sealed record AreaEndpoints(string Path, string Class, string MapMethod, string? AddMethod);
