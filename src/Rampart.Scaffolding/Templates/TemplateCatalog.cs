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
    /// Picks the pattern to generate. Seam for the advisor: when <paramref name="requested"/> is null, the advisor's
    /// recommendation belongs here; until it ships, the default pattern is used.
    /// </summary>
    public string ChoosePattern(string? requested)
    {
        var pattern = requested ?? DefaultPattern;
        if (!Patterns.Contains(pattern, StringComparer.Ordinal))
        {
            var available = Patterns.Count == 0 ? "none" : string.Join(", ", Patterns);
            throw new ScaffoldingException($"The pattern '{pattern}' is not available yet (available: {available}).", $"Use --pattern {DefaultPattern}, or leave --pattern out.");
        }

        return pattern;
    }

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
