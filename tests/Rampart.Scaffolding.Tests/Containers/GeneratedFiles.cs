using System.Collections.Concurrent;
using System.Text;
using Rampart.Scaffolding.Templates;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Containers;

/// <summary>
/// The files <c>rampart new Shop</c> writes for one shipped pattern and one set of options, planned in memory from the
/// repository's template (nothing written), keyed by their path in the generated solution; planned once per run.
/// </summary>
internal sealed class GeneratedFiles
{
    private static readonly ConcurrentDictionary<(string Pattern, string Broker, string Example), GeneratedFiles> Planned = new();

    private readonly Dictionary<string, ReadOnlyMemory<byte>> _files;

    private GeneratedFiles(string pattern, Dictionary<string, ReadOnlyMemory<byte>> files)
    {
        Pattern = pattern;
        _files = files;
    }

    public const string Name = "Shop";

    public string Pattern { get; }

    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Every shipped pattern with the broker, the Redis cache and the example on, and with all off.</summary>
    public static TheoryData<string, string, string> Variants()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var pattern in Directory.GetDirectories(PatternsDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            rows.Add(pattern, "rabbitmq", "shop");
            rows.Add(pattern, "inprocess", "none");
        }

        return rows;
    }

    public static GeneratedFiles Plan(string pattern, string broker, string example) =>
        Planned.GetOrAdd((pattern, broker, example), key => PlanOnce(key.Pattern, key.Broker, key.Example));

    private static GeneratedFiles PlanOnce(string pattern, string broker, string example)
    {
        var template = Path.Combine(PatternsDirectory, pattern);
        var manifest = TemplateManifest.Load(template);
        var defined = manifest.DefinedSymbols(new Dictionary<string, string>(StringComparer.Ordinal) { ["broker"] = broker, ["example"] = example, ["cache"] = CacheOf(broker) });
        var files = TemplateInstantiator.Plan(template, manifest, Name, defined).ToDictionary(file => file.RelativePath, file => file.Content, StringComparer.Ordinal);
        return new GeneratedFiles(pattern, files);
    }

    /// <summary>The cache of a variant: Redis rides with RabbitMQ, so one row has every shared dependency and one none.</summary>
    public static string CacheOf(string broker) => broker == "rabbitmq" ? ProjectSettings.RedisCache : ProjectSettings.MemoryCache;

    public string Text(string path) =>
        _files.TryGetValue(path, out var content) ? Encoding.UTF8.GetString(content.Span) : throw new Xunit.Sdk.XunitException($"The {Pattern} template generates no {path}.");

    /// <summary>The generated <c>rampart.json</c>: the host project and the broker.</summary>
    public ProjectSettings Settings() => ProjectSettings.Parse(Text(ProjectSettings.FileName));

    private static string PatternsDirectory => Path.Combine(RepositoryRoot.Find(), "templates", "patterns");
}
