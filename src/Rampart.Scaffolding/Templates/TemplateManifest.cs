using System.Text.Json;

namespace Rampart.Scaffolding.Templates;

/// <summary>A template's <c>template.json</c>: its placeholder name, the symbols its options turn on, and conditional files.</summary>
internal sealed record TemplateManifest(
    string Name,
    string Description,
    string Placeholder,
    IReadOnlyDictionary<string, TemplateSymbol> Symbols,
    IReadOnlyList<ConditionalFile> ConditionalFiles,
    IReadOnlyList<string> Exclude)
{
    public const string FileName = "template.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { RespectRequiredConstructorParameters = true };

    public static TemplateManifest Load(string templateDirectory)
    {
        var path = Path.Combine(templateDirectory, FileName);
        try
        {
            return JsonSerializer.Deserialize<TemplateManifest>(File.ReadAllText(path), Json)
                ?? throw new JsonException("The manifest is empty.");
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            throw new ScaffoldingException($"The template manifest '{path}' cannot be read: {ex.Message}", "Reinstall the rampart tool.", ScaffoldingErrorKind.Environment, ex);
        }
    }

    /// <summary>The symbols turned on by the given option values (option name → value).</summary>
    public IReadOnlySet<string> DefinedSymbols(IReadOnlyDictionary<string, string> options) =>
        Symbols.Where(pair => options.TryGetValue(pair.Value.Option, out var value) && string.Equals(value, pair.Value.Value, StringComparison.OrdinalIgnoreCase))
            .Select(pair => pair.Key)
            .ToHashSet(StringComparer.Ordinal);
}
