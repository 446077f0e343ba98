using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// <c>rampart add endpoint</c>: one use case in the pattern's own place — its endpoint (a controller action in
/// <c>standard</c>), its request with validation, its handler, its response and its HTTP tests — from the pattern's item
/// templates, mapped by syntax edits of the area (or in a new area), refused before anything is written when the
/// solution, the names, the route or the working tree say no, and built once written: when the build fails every file
/// is put back.
/// </summary>
public sealed class EndpointAdder(TemplateCatalog catalog)
{
    /// <summary>The patterns with endpoint item templates.</summary>
    public IReadOnlyList<string> Patterns =>
        Directory.Exists(ItemsDirectory)
            ? [.. Directory.EnumerateDirectories(ItemsDirectory).Where(d => Directory.Exists(Path.Combine(d, "endpoint"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    private string ItemsDirectory => Path.Combine(catalog.TemplatesDirectory, "items");

    /// <summary>Runs the request; <paramref name="progress"/> hears each step.</summary>
    public async Task<AddResult> AddAsync(AddEndpointRequest request, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var solution = SolutionChange.FindSolution(request.SolutionDirectory);
        var settings = ProjectSettings.Load(solution);
        if (!Patterns.Contains(settings.Pattern, StringComparer.Ordinal))
        {
            throw new ScaffoldingException(
                $"rampart add endpoint does not support the {settings.Pattern} pattern yet (it does: {string.Join(", ", Patterns)}).",
                "Add the use case by hand following the Shop's catalog in this solution, or update rampart (rampart --version) when a newer one supports it.");
        }

        var spec = EndpointSpec.Parse(request);
        var layout = EndpointLayout.For(solution, settings, spec);
        var template = new EndpointTemplate(layout.Service, spec, layout.Segment, layout.Module, layout.Fixture);
        var normalisation = new List<string>
        {
            $"endpoint '{request.Name.Trim()}' → area {spec.Area.Pascal}, use case {spec.UseCase.Pascal}, {spec.Method} {template.FullRoute} ({spec.Auth}{(spec.Idempotent ? ", Idempotency-Key required" : "")}), in {layout.Description}{(layout.NewArea ? " (new)" : "")}",
        };

        var files = template.RenderAll(Path.Combine(ItemsDirectory, settings.Pattern, "endpoint"), layout.NewArea);
        var taken = files.Where(f => File.Exists(Path.Combine(solution, f.Path))).Select(f => f.Path).ToList();
        if (taken.Count > 0 || (layout.Folder is { } folder && Directory.Exists(Path.Combine(solution, folder))))
        {
            throw new ScaffoldingException(
                $"The endpoint {spec.Area.Pascal}/{spec.UseCase.Pascal} exists already: {(taken.Count > 0 ? string.Join(", ", taken) : layout.Folder + "/")}.",
                "Choose another use case name (a later version of a use case is a use case of its own, such as " + spec.UseCase.Pascal + "V2), or remove the existing one first.");
        }

        // The same type name elsewhere would make a file that imports both namespaces ambiguous (and MVC would group two
        // controllers of one name as one resource).
        var newTypes = files.Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToHashSet(StringComparer.Ordinal);
        var clashes = SolutionChange.DeclaredTypes(solution).Where(t => newTypes.Contains(t.Name)).Select(t => $"{t.Name} in {t.Path}").ToList();
        if (clashes.Count > 0)
        {
            throw new ScaffoldingException(
                $"The endpoint {spec.Area.Pascal}/{spec.UseCase.Pascal} would declare types the solution has already: {string.Join(", ", clashes)}.",
                $"Choose a more specific use case name (such as {spec.UseCase.Pascal}{spec.Area.Pascal}).");
        }

        var change = await SolutionChange.PlanAsync(solution, files, layout.Edits, cancellationToken);
        var result = new AddResult(solution, normalisation, [.. files.Select(f => f.Path)], change.Changed, change.Diff, null, request.DryRun);
        if (request.DryRun)
        {
            return result;
        }

        string[] owned = layout.Folder is null ? [.. files.Select(f => f.Path)] : [layout.Folder, .. files.Select(f => f.Path)];
        await change.WriteAsync(owned, request.Force, _ =>
        {
            progress("building the service with the new endpoint");
            return EfMigrations.BuildAsync(solution, layout.Project, cancellationToken);
        }, cancellationToken);
        return result;
    }
}
