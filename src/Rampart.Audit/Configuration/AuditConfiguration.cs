using System.Collections.Immutable;
using System.Text.Json;

namespace Rampart.Audit.Configuration;

/// <summary>
/// The repository's <c>.rampart.json</c>: threshold, baseline file, excluded paths and per-rule severities.
/// Schema in docs/audit.md; unknown properties are rejected so a typo never silently disables nothing.
/// </summary>
public sealed class AuditConfiguration
{
    /// <summary>The file name looked for at the audit root.</summary>
    public const string FileName = ".rampart.json";

    private ImmutableArray<PathGlob> _exclude = [];

    /// <summary>The lowest severity reported and failing. Defaults to null (the caller's default, <see cref="AuditSeverity.Warning"/>).</summary>
    public AuditSeverity? MinimumSeverity { get; private init; }

    /// <summary>The baseline file, relative to the root. Defaults to null (no baseline).</summary>
    public string? Baseline { get; private init; }

    /// <summary>Glob patterns (<c>**</c>, <c>*</c>, <c>?</c>) of root-relative paths never audited. Defaults to none.</summary>
    public ImmutableArray<string> Exclude { get; private init; } = [];

    /// <summary>Per-rule severity; null means the rule is off. Defaults to empty (every rule at its configured severity).</summary>
    public ImmutableDictionary<string, AuditSeverity?> Rules { get; private init; } = ImmutableDictionary.Create<string, AuditSeverity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configuration used when the root has no <c>.rampart.json</c>.</summary>
    public static AuditConfiguration Empty { get; } = new();

    /// <summary>True when a root-relative path (forward slashes) matches an <see cref="Exclude"/> pattern.</summary>
    public bool IsExcluded(string relativePath) => _exclude.Any(g => g.IsMatch(relativePath));

    /// <summary>Reads <c>.rampart.json</c> from the root, or returns <see cref="Empty"/> when there is none.</summary>
    /// <exception cref="AuditException">The file exists but is not valid.</exception>
    public static AuditConfiguration Load(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (IOException ex)
        {
            throw new AuditException($"{FileName} cannot be read: {ex.Message}", "Check the file's permissions.", ex);
        }
    }

    /// <summary>Parses the JSON text of a configuration file.</summary>
    /// <exception cref="AuditException">The text is not a valid configuration.</exception>
    public static AuditConfiguration Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw Invalid($"is not valid JSON ({ex.Message})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("must be a JSON object");
            }

            AuditSeverity? minimum = null;
            string? baseline = null;
            var exclude = ImmutableArray<string>.Empty;
            var rules = ImmutableDictionary.CreateBuilder<string, AuditSeverity?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "$schema":
                        break;
                    case "minimumSeverity":
                        minimum = SeverityNames.Parse(String(property), allowOff: false, $"'minimumSeverity'") ?? AuditSeverity.Info;
                        break;
                    case "baseline":
                        baseline = String(property);
                        break;
                    case "exclude":
                        exclude = property.Value.ValueKind == JsonValueKind.Array
                            ? [.. property.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Invalid("'exclude' must be an array of glob strings"))]
                            : throw Invalid("'exclude' must be an array of glob strings");
                        break;
                    case "rules":
                        if (property.Value.ValueKind != JsonValueKind.Object)
                        {
                            throw Invalid("'rules' must be an object of rule id to \"off\", \"info\", \"warning\" or \"error\"");
                        }

                        foreach (var rule in property.Value.EnumerateObject())
                        {
                            rules[rule.Name] = SeverityNames.Parse(String(rule), allowOff: true, $"rule '{rule.Name}'");
                        }

                        break;
                    default:
                        throw Invalid($"has an unknown property '{property.Name}' (known: minimumSeverity, baseline, exclude, rules)");
                }
            }

            return new AuditConfiguration
            {
                MinimumSeverity = minimum,
                Baseline = baseline,
                Exclude = exclude,
                _exclude = [.. exclude.Select(PathGlob.Create)],
                Rules = rules.ToImmutable(),
            };
        }
    }

    private static string String(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : throw Invalid($"'{property.Name}' must be a string");

    internal static AuditException Invalid(string problem) =>
        new($"{FileName} {problem}.", $"Fix {FileName} (its schema is in docs/audit.md), or delete it to use the defaults.");
}
