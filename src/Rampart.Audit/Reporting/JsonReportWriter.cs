using System.Text.Json;
using Rampart.Audit.Configuration;

namespace Rampart.Audit.Reporting;

/// <summary>
/// Writes an audit as Rampart's own JSON: a summary, the rules that ran and every finding with its fix and fingerprint.
/// Holds no timings or absolute paths, so the same code always gives the same bytes. Format in docs/audit.md.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>Writes the report, indented, ending with a newline.</summary>
    public static void Write(AuditResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var rules = result.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteString("name", "rampart");
            writer.WriteString("version", ToolInfo.Version);
            writer.WriteEndObject();
            writer.WriteString("minimumSeverity", SeverityNames.Format(result.MinimumSeverity));
            writer.WriteStartObject("summary");
            writer.WriteNumber("projects", result.Statistics.Projects);
            writer.WriteNumber("files", result.Statistics.Files);
            writer.WriteNumber("lines", result.Statistics.Lines);
            writer.WriteNumber("findings", result.Findings.Length);
            writer.WriteNumber("new", result.NewFindings.Count());
            writer.WriteNumber("baselined", result.Findings.Count(f => f.IsBaselined));
            writer.WriteBoolean("passed", result.Passed);
            writer.WriteString("loader", result.Loading.Kind);
            writer.WriteBoolean("complete", result.IsComplete);
            writer.WriteEndObject();
            writer.WriteStartArray("incomplete");
            foreach (var project in result.IncompleteProjects)
            {
                writer.WriteStartObject();
                writer.WriteString("project", project.Name);
                writer.WriteString("path", project.Path);
                writer.WriteStartArray("reasons");
                foreach (var reason in project.Reasons)
                {
                    writer.WriteStringValue(reason);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("rules");
            foreach (var rule in result.Rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("title", rule.Title);
                writer.WriteString("category", rule.Category);
                writer.WriteString("defaultSeverity", SeverityNames.Format(rule.DefaultSeverity));
                writer.WriteString("fix", rule.Fix);
                writer.WriteString("helpUri", rule.HelpUri?.AbsoluteUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                var rule = rules.GetValueOrDefault(finding.RuleId);
                writer.WriteStartObject();
                writer.WriteString("ruleId", finding.RuleId);
                writer.WriteString("severity", SeverityNames.Format(finding.Severity));
                writer.WriteString("title", rule?.Title ?? finding.RuleId);
                writer.WriteString("message", finding.Message);
                writer.WriteString("path", finding.Path);
                writer.WriteNumber("line", finding.Line);
                writer.WriteNumber("column", finding.Column);
                writer.WriteNumber("endLine", finding.EndLine);
                writer.WriteNumber("endColumn", finding.EndColumn);
                writer.WriteString("fix", rule?.Fix);
                writer.WriteString("helpUri", rule?.HelpUri?.AbsoluteUri);
                writer.WriteString("fingerprint", finding.Fingerprint);
                writer.WriteBoolean("baselined", finding.IsBaselined);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("warnings");
            foreach (var warning in result.Warnings)
            {
                writer.WriteStringValue(warning);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }
}
