using System.Text;
using System.Text.RegularExpressions;
using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// Renders a resource's item templates (<c>templates/items/&lt;pattern&gt;/resource</c>): real code for the sample
/// resource <see cref="SampleName"/> of the service <c>Skeleton</c>, in which
/// <list type="bullet">
/// <item>the names of the sample in each form (<c>GiftCard</c>, <c>GiftCards</c>, <c>giftCard</c>, <c>gift-cards</c>,
/// <c>gift_cards</c>, <c>gift card</c>) and the service's name become the new resource's and the service's;</item>
/// <item><c>#if RAMPART_ITEM_OWNED</c> (<c>--owned</c>), <c>#if RAMPART_ITEM_UNIQUE</c> (a <c>--unique</c> field) and
/// <c>#if RAMPART_ITEM_ENUM</c> (an enum field) and <c>#if RAMPART_ITEM_TEXT</c> (a string field, whose limit the requests
/// name), <c>#if RAMPART_ITEM_CREATE_RULES</c> / <c>#if RAMPART_ITEM_UPDATE_RULES</c> (the request has validation
/// attributes) keep or drop their lines;</item>
/// <item>each <c>// &lt;fields:kind&gt;</c> … <c>// &lt;/fields:kind&gt;</c> region becomes that part of the code for
/// the new fields (<see cref="ResourceSnippets"/>);</item>
/// <item>a file named after the sample's enum (<c>GiftCardTier.cs</c>) is written once per enum field;</item>
/// <item>in a modular monolith, the sample module <c>Inventory</c> (as a whole word or the start of one:
/// <c>InventoryDbContext</c>, <c>Skeleton.Modules.Inventory</c>) becomes the resource's module, in paths and code;</item>
/// <item>a file that renders to nothing (wholly inside <c>#if RAMPART_ITEM_OWNED</c>) is not written.</item>
/// </list>
/// </summary>
internal sealed partial class ResourceTemplate
{
    /// <summary>The sample resource the item templates are written for.</summary>
    public const string SampleName = "GiftCard";

    /// <summary>The fields of the sample, as <c>--fields</c> would give them (with <c>--unique code --positive amount</c>).</summary>
    public const string SampleFields = "title:string code:string? amount:decimal uses:int tier:enum(basic,premium)";

    private const string SampleEnum = "GiftCardTier";
    private const string SharedTestsFolder = "resource-tests";
    private const string SharedErrorsNamespace = "Skeleton.Features.GiftCards";
    private const string SharedTestsNamespace = "Skeleton.Tests.GiftCards";
    private const string SampleEnumField = "Tier";
    private const string OwnedSymbol = "RAMPART_ITEM_OWNED";
    private const string UniqueSymbol = "RAMPART_ITEM_UNIQUE";
    private const string EnumSymbol = "RAMPART_ITEM_ENUM";
    private const string TextSymbol = "RAMPART_ITEM_TEXT";
    private const string CreateRulesSymbol = "RAMPART_ITEM_CREATE_RULES";
    private const string UpdateRulesSymbol = "RAMPART_ITEM_UPDATE_RULES";

    private static readonly Naming Sample = Naming.Parse(SampleName, "resource");
    private static readonly HashSet<string> Symbols = new(StringComparer.Ordinal) { OwnedSymbol, UniqueSymbol, EnumSymbol, TextSymbol, CreateRulesSymbol, UpdateRulesSymbol };

    private readonly string _service;
    private readonly Naming _resource;
    private readonly IReadOnlyList<ResourceField> _fields;
    private readonly HashSet<string> _defined;
    private readonly ResourceSnippets _snippets;
    private readonly Placeholder _servicePlaceholder;
    private readonly Naming? _module;

    public ResourceTemplate(string service, Naming resource, IReadOnlyList<ResourceField> fields, bool owned, Naming? module = null)
    {
        _module = module;
        _service = service;
        _resource = resource;
        _fields = fields;
        _defined = new HashSet<string>(StringComparer.Ordinal);
        if (owned)
        {
            _defined.Add(OwnedSymbol);
        }

        if (fields.Any(f => f.Unique))
        {
            _defined.Add(UniqueSymbol);
        }

        if (fields.Any(f => f.Type == FieldType.Enum))
        {
            _defined.Add(EnumSymbol);
        }

        if (fields.Any(f => f.Type == FieldType.String))
        {
            _defined.Add(TextSymbol);
        }

        _snippets = new ResourceSnippets(resource, fields);

        // Whether a request has validation attributes at all (an update of optional ints has none).
        foreach (var (kind, symbol) in new[] { ("create-request", CreateRulesSymbol), ("update-request", UpdateRulesSymbol) })
        {
            if (_snippets.Render(kind, enumField: null).Any(line => line.StartsWith('[')))
            {
                _defined.Add(symbol);
            }
        }
        _servicePlaceholder = new Placeholder("Skeleton", service);
    }

    /// <summary>The files of the item template in <paramref name="directory"/>, rendered: path relative to the solution → content.</summary>
    public IReadOnlyList<(string Path, string Content)> RenderAll(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ScaffoldingException($"The item templates are missing ({Path.GetFileName(directory)}).", "Reinstall the rampart tool.", ScaffoldingErrorKind.Environment);
        }

        var files = new List<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
            var text = File.ReadAllText(path);
            if (Path.GetFileNameWithoutExtension(path) == SampleEnum)
            {
                foreach (var field in _fields.Where(f => f.Type == FieldType.Enum))
                {
                    var perField = text.Replace($"{SampleName}.{SampleEnumField}", $"{SampleName}.{field.Name.Pascal}", StringComparison.Ordinal)
                        .Replace(SampleEnum, "\u0001" + field.Name.Pascal, StringComparison.Ordinal);
                    files.Add((RenamePath(relative.Replace(SampleEnum, "\u0001" + field.Name.Pascal, StringComparison.Ordinal)), Render(perField, relative, field)));
                }

                continue;
            }

            files.Add((RenamePath(relative), Render(text, relative, enumField: null)));
        }

        files.AddRange(SharedTests(directory));

        // A using kept only for some fields leaves no blank first line when it goes.
        return [.. files.Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => (f.Item1, f.Item2.TrimStart('\n')))];
    }

    /// <summary>One template file's text, rendered (exposed for the test that holds the templates to their regions).</summary>
    // The tests every pattern shares (HTTP, request rules), beside the patterns' folders: written for the vertical slice,
    // placed in the pattern's tests folder with its namespaces and app fixture (ResourceLayout.TestsOf).
    private IEnumerable<(string, string)> SharedTests(string directory)
    {
        var pattern = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(directory)));
        var shared = Path.Combine(directory, "..", "..", SharedTestsFolder);
        if (pattern is null || ResourceLayout.TestsOf(pattern) is not { } place || !Directory.Exists(shared))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(shared, "*.cs").Order(StringComparer.Ordinal))
        {
            var relative = $"{place.Folder}/{Path.GetFileName(path)}";
            var text = WithRulesUsings(File.ReadAllText(path), place.RulesUsings)
                .Replace($"using {SharedErrorsNamespace};", $"using {place.ErrorsNamespace};", StringComparison.Ordinal)
                .Replace($"namespace {SharedTestsNamespace};", $"namespace {place.Folder["tests/".Length..].Replace('/', '.')};", StringComparison.Ordinal)
                .Replace($"(ServiceApp app) : IClassFixture<ServiceApp>", $"({place.Fixture} app) : IClassFixture<{place.Fixture}>", StringComparison.Ordinal);
            yield return (RenamePath(relative), Render(text, relative, enumField: null));
        }
    }

    // The request rules tests' usings after System.ComponentModel.DataAnnotations, up to the namespace, are the pattern's.
    private static string WithRulesUsings(string text, string? usings)
    {
        const string First = "using System.ComponentModel.DataAnnotations;\n";
        var start = text.StartsWith(First, StringComparison.Ordinal) ? First.Length : -1;
        var end = start < 0 ? -1 : text.IndexOf("\nnamespace ", start, StringComparison.Ordinal);
        return usings is null || end < 0 ? text : $"{text[..start]}{usings}\n{text[end..]}";
    }

    internal string Render(string text, string fileName, ResourceField? enumField)
    {
        var resolved = ConditionalText.Apply(text, Symbols, _defined, fileName);
        var named = ReplaceNames(resolved);
        return FieldRegion().Replace(named, match =>
        {
            var indent = match.Groups["indent"].Value;
            var lines = _snippets.Render(match.Groups["kind"].Value, enumField);
            var output = new StringBuilder();
            foreach (var line in lines)
            {
                output.Append(line.Length == 0 ? "" : indent + line).Append('\n');
            }

            return output.ToString();
        });
    }

    /// <summary>The sample region contents of <paramref name="text"/>, by kind (for the test that holds templates to the snippets).</summary>
    internal static IEnumerable<(string Kind, string Indent, string Body)> Regions(string text) =>
        FieldRegion().Matches(text).Select(m => (m.Groups["kind"].Value, m.Groups["indent"].Value, m.Groups["body"].Value));

    // Paths hold the service's name as a path segment prefix (Skeleton.Tests) and the sample's names, never code.
    private string RenamePath(string relative) =>
        SampleNames(ModuleNames(relative)).Replace("Skeleton", _service, StringComparison.Ordinal);

    // The sample's names → the resource's, longest forms first; the service placeholder → the service. \u0001 marks an
    // enum type's field part (GiftCardTier → <Resource><Field>) so that the resource's name in front is renamed too.
    private string ReplaceNames(string text) =>
        _servicePlaceholder.Replace(SampleLambda().Replace(SampleNames(ModuleNames(text)), _resource.Camel[..1]));

    // The sample module → the resource's module, before the sample's names (a resource may start with the module's name).
    private string ModuleNames(string text) => _module is null ? text : SampleModule().Replace(text, _module.Pascal);

    private string SampleNames(string text)
    {
        var article = ResourceSnippets.Article(_resource.Snake);
        var words = _resource.Snake.Replace('_', ' ');
        var pluralWords = _resource.SnakePlural.Replace('_', ' ');
        return ArticleBeforeSample().Replace(text, m => (char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(article[0]) + article[1..] : article) + " " + words)
            .Replace("\u0001", _resource.Pascal, StringComparison.Ordinal)
            .Replace(Sample.Plural, _resource.Plural, StringComparison.Ordinal)
            .Replace(Sample.Pascal, _resource.Pascal, StringComparison.Ordinal)
            .Replace(Sample.CamelPlural, ResourceSnippets.Identifier(_resource.CamelPlural), StringComparison.Ordinal)
            .Replace(Sample.Camel, ResourceSnippets.Identifier(_resource.Camel), StringComparison.Ordinal)
            .Replace(Sample.KebabPlural, _resource.KebabPlural, StringComparison.Ordinal)
            .Replace(Sample.SnakePlural, _resource.SnakePlural, StringComparison.Ordinal)
            .Replace(Sample.Kebab, _resource.Kebab, StringComparison.Ordinal)
            .Replace(Sample.Snake, _resource.Snake, StringComparison.Ordinal)
            .Replace("gift cards", pluralWords, StringComparison.Ordinal)
            .Replace("gift card", words, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)// <fields:(?<kind>[a-z-]+)>\n(?<body>.*?)^[ \t]*// </fields:\k<kind>>\n", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FieldRegion();

    // Inventory, InventoryDbContext, Skeleton.Modules.Inventory — never a longer word such as Inventoryish.
    [GeneratedRegex(@"(?<![A-Za-z0-9_])Inventory(?![a-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex SampleModule();

    [GeneratedRegex(@"\b[Aa] gift card(?!s)", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBeforeSample();

    // The sample's lambda parameter (g => g.Title) and its uses.
    [GeneratedRegex(@"(?<![A-Za-z0-9_.""])g(?= =>|\.[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SampleLambda();
}
