using Rampart.Advisor;

namespace Rampart.Scaffolding.Templates;

/// <summary>
/// The templates and building-block packages shipped with the tool: <c>templates/patterns/&lt;pattern&gt;</c>,
/// <c>templates/examples/&lt;example&gt;</c> and <c>feed/*.nupkg</c>, next to the tool's assemblies.
/// </summary>
public sealed class TemplateCatalog
{
    /// <summary>The pattern used when none is asked for (until the advisor chooses one).</summary>
    public const string DefaultPattern = "modular-monolith";

    /// <summary>Creates a catalog over the given folders.</summary>
    public TemplateCatalog(string templatesDirectory, string packageFeedDirectory)
    {
        TemplatesDirectory = templatesDirectory;
        PackageFeedDirectory = packageFeedDirectory;
    }

    /// <summary>The catalog shipped next to the running tool (also when run from a source checkout).</summary>
    public static TemplateCatalog Installed { get; } =
        new(Path.Combine(AppContext.BaseDirectory, "templates"), Path.Combine(AppContext.BaseDirectory, "feed"));

    /// <summary>The folder holding <c>patterns/</c> and <c>examples/</c>.</summary>
    public string TemplatesDirectory { get; }

    /// <summary>The folder holding the building blocks' <c>.nupkg</c> files.</summary>
    public string PackageFeedDirectory { get; }

    /// <summary>Patterns that have a template, sorted.</summary>
    public IReadOnlyList<string> Patterns => Available("patterns");

    /// <summary>Examples that have a template, sorted.</summary>
    public IReadOnlyList<string> Examples => Available("examples");

    /// <summary>
    /// Checks the pattern to generate: <paramref name="requested"/> (from <c>--pattern</c> or the advisor), or the
    /// default when null. A pattern without a template is refused with the list of those that ship.
    /// </summary>
    /// <exception cref="ScaffoldingException">No template ships for the pattern.</exception>
    public string ChoosePattern(string? requested)
    {
        var pattern = requested ?? DefaultPattern;
        var shipped = Patterns;
        if (shipped.Contains(pattern, StringComparer.Ordinal))
        {
            return pattern;
        }

        var available = shipped.Count == 0 ? "none" : string.Join(", ", shipped);
        var planned = string.Join(", ", Planned(shipped));
        var problem = ArchitecturePatterns.TryParse(pattern, out _)
            ? $"The pattern '{pattern}' is not available yet (available: {available})."
            : $"'{pattern}' is not a pattern Rampart knows (available: {available}{(planned.Length == 0 ? "" : $"; planned: {planned}")}).";
        var fix = shipped.Count == 0
            ? "Reinstall the rampart tool: its templates are missing."
            : $"Use {string.Join(" or ", shipped.Select(id => $"--pattern {id}"))}, or leave --pattern out to let the advisor choose.";
        throw new ScaffoldingException(problem, fix);
    }

    /// <summary>
    /// The shipped pattern that scored best in <paramref name="recommendation"/>: the recommended one when it ships,
    /// otherwise the closest alternative the advisor ranked; null when no template ships at all.
    /// </summary>
    public string? BestShipped(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var shipped = Patterns;
        return recommendation.Scores.Select(score => score.Pattern.ToId()).FirstOrDefault(id => shipped.Contains(id, StringComparer.Ordinal));
    }

    private static IEnumerable<string> Planned(IReadOnlyList<string> shipped) =>
        ArchitecturePatterns.InTieBreakOrder.Select(pattern => pattern.ToId()).Where(id => !shipped.Contains(id, StringComparer.Ordinal));

    internal string PatternDirectory(string pattern) => Path.Combine(TemplatesDirectory, "patterns", pattern);

    internal string ExampleDirectory(string example) => Path.Combine(TemplatesDirectory, "examples", example);

    private List<string> Available(string kind)
    {
        var root = Path.Combine(TemplatesDirectory, kind);
        return Directory.Exists(root)
            ? [.. Directory.EnumerateDirectories(root)
                .Where(directory => File.Exists(Path.Combine(directory, TemplateManifest.FileName)))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)]
            : [];
    }
}
