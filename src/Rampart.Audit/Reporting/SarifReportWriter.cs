using System.Text.Json;

namespace Rampart.Audit.Reporting;

/// <summary>
/// Writes an audit as SARIF 2.1.0 with System.Text.Json (ADR 0058): one run whose driver lists the rules, one result per
/// finding with a root-relative location under <c>%SRCROOT%</c> and a <c>partialFingerprints</c> entry, so GitHub code
/// scanning tracks alerts across line moves. Baselined findings carry an external suppression. The run's invocation
/// says how the projects were loaded and carries a notification per project audited incompletely and per warning.
/// </summary>
public static class SarifReportWriter
{
    /// <summary>The schema URI written in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The <c>partialFingerprints</c> key of the fingerprint.</summary>
    public const string FingerprintKey = "rampartFingerprint/v1";

    /// <summary>Writes the log, indented, ending with a newline.</summary>
    public static void Write(AuditResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var ruleIndex = result.Rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, result);
            WriteInvocation(writer, result);
            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject("%SRCROOT%");
            writer.WriteStartObject("description");
            writer.WriteString("text", "The root of the audited folder, solution or project.");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                WriteResult(writer, finding, ruleIndex);
            }

            writer.WriteEndArray();
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>The SARIF level of a severity.</summary>
    public static string Level(AuditSeverity severity) => severity switch
    {
        AuditSeverity.Error => "error",
        AuditSeverity.Warning => "warning",
        _ => "note",
    };

    private static void WriteTool(Utf8JsonWriter writer, AuditResult result)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("semanticVersion", ToolInfo.Version);
        writer.WriteString("informationUri", ToolInfo.InformationUri.AbsoluteUri);
        writer.WriteStartArray("rules");
        foreach (var rule in result.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", PascalName(rule.Title));
            Text(writer, "shortDescription", rule.Title);
            Text(writer, "fullDescription", rule.Fix);
            Text(writer, "help", rule.Fix);
            if (rule.HelpUri is not null)
            {
                writer.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
            }

            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", rule.Category);
            writer.WriteStartArray("tags");
            writer.WriteStringValue(rule.Category);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter writer, AuditResult result)
    {
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", true);
        writer.WriteStartArray("toolExecutionNotifications");
        foreach (var project in result.IncompleteProjects)
        {
            Notification(writer, "warning", AuditMessages.Incomplete(project), project.Path);
        }

        foreach (var warning in result.Warnings)
        {
            Notification(writer, "warning", warning, path: null);
        }

        if (!result.Loading.Evaluated)
        {
            Notification(writer, "note", $"Projects loaded by the {result.Loading.Description}.", path: null);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        writer.WriteString("loader", result.Loading.Kind);
        writer.WriteBoolean("complete", result.IsComplete);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void Notification(Utf8JsonWriter writer, string level, string text, string? path)
    {
        writer.WriteStartObject();
        writer.WriteString("level", level);
        Text(writer, "message", text);
        if (path is { Length: > 0 })
        {
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", EscapeUri(path));
            writer.WriteString("uriBaseId", "%SRCROOT%");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, AuditFinding finding, Dictionary<string, int> ruleIndex)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", Level(finding.Severity));
        Text(writer, "message", finding.Message);
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", EscapeUri(finding.Path));
        writer.WriteString("uriBaseId", "%SRCROOT%");
        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", finding.Line);
        writer.WriteNumber("startColumn", finding.Column);
        writer.WriteNumber("endLine", finding.EndLine);
        writer.WriteNumber("endColumn", finding.EndColumn);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FingerprintKey, finding.Fingerprint);
        writer.WriteEndObject();
        writer.WriteString("baselineState", finding.IsBaselined ? "unchanged" : "new");
        if (finding.IsBaselined)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", "external");
            writer.WriteString("status", "accepted");
            writer.WriteString("justification", "Accepted in the Rampart baseline.");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static string EscapeUri(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    private static string PascalName(string title) =>
        string.Concat(title.Split([' ', '-', '_', '.', ',', '(', ')', '\'', '"', ':', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
