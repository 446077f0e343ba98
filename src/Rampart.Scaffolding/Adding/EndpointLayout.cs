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
