using System.Text.Json;
using Json.Schema;

namespace Rampart.Testing;

/// <summary>
/// A JSON Schema (JsonSchema.Net, every draft up to 2020-12) that lists each violation of a document as
/// <c>"&lt;instance pointer&gt; &lt;keyword&gt;: &lt;message&gt;"</c> (the root is <c>(root)</c>, a <c>false</c> schema's
/// keyword <c>false</c>), so an assertion names what is wrong.
/// </summary>
public sealed class JsonSchemaCheck
{
    private readonly JsonSchema _schema;

    private JsonSchemaCheck(JsonSchema schema) => _schema = schema;

    /// <summary>
    /// Reads a schema; each check has a registry of its own, so the same <c>$id</c> can be loaded twice. A schema
    /// without <c>$schema</c> is read as <paramref name="dialect"/> (default: draft 2020-12).
    /// </summary>
    public static JsonSchemaCheck FromText(string schema, Dialect? dialect = null) =>
        new(JsonSchema.FromText(schema, new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = dialect ?? Dialect.Draft202012 }));

    /// <summary>Reads a schema from a file.</summary>
    public static JsonSchemaCheck FromFile(string path, Dialect? dialect = null) => FromText(File.ReadAllText(path), dialect);

    /// <summary>Every violation of <paramref name="json"/>; empty when it conforms.</summary>
    public IReadOnlyList<string> Violations(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Violations(document.RootElement);
    }

    /// <summary>Every violation of <paramref name="document"/>; empty when it conforms.</summary>
    public IReadOnlyList<string> Violations(JsonElement document)
    {
        var results = _schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true });
        var violations = new List<string>();
        Collect(results, violations);
        return [.. violations.Distinct(StringComparer.Ordinal)];
    }

    // Only failed nodes under failed parents count: the failed branches of an anyOf that another branch satisfied do not.
    private static void Collect(EvaluationResults node, List<string> violations)
    {
        if (node.IsValid)
        {
            return;
        }

        var location = node.InstanceLocation.ToString() is { Length: > 0 } pointer ? pointer : "(root)";
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            violations.Add($"{location} {(keyword.Length > 0 ? keyword : "false")}: {message}");
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, violations);
        }
    }
}
