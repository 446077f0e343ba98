using System.Collections.Immutable;
using System.Text.Json;

namespace Rampart.Audit.Baseline;

/// <summary>
/// Findings accepted as they are today, by fingerprint. A finding whose fingerprint is in the baseline does not fail
/// the audit; each entry keeps its rule, path and message so reviews of the file read well.
/// </summary>
public sealed class AuditBaseline
{
    /// <summary>The format version written and understood.</summary>
    public const int FormatVersion = 1;

    private AuditBaseline(ImmutableArray<BaselineEntry> entries)
    {
        Entries = entries;
        Fingerprints = entries.Select(e => e.Fingerprint).ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <summary>The accepted findings, sorted by path, rule and fingerprint.</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>The accepted fingerprints.</summary>
    public ImmutableHashSet<string> Fingerprints { get; }

    /// <summary>A baseline accepting exactly these findings.</summary>
    public static AuditBaseline From(IEnumerable<AuditFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new([.. findings
            .Select(f => new BaselineEntry(f.Fingerprint, f.RuleId, f.Path, f.Message))
            .DistinctBy(e => e.Fingerprint)
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)]);
    }

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="AuditException">The file is missing, unreadable or not a Rampart baseline.</exception>
    public static AuditBaseline Load(string path)
    {
        const string Fix = "Recreate it with 'rampart audit --update-baseline', or point --baseline at the right file.";
        if (!File.Exists(path))
        {
            throw new AuditException($"The baseline file '{path}' does not exist.", "Create it with 'rampart audit --update-baseline', or fix the path.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var rootElement = document.RootElement;
            if (rootElement.ValueKind != JsonValueKind.Object
                || !rootElement.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || !rootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new AuditException($"The baseline file '{path}' is not a Rampart baseline (it needs 'version' and 'findings').", Fix);
            }

            if (version.GetInt32() != FormatVersion)
            {
                throw new AuditException($"The baseline file '{path}' has format version {version.GetInt32()}; this rampart reads version {FormatVersion}.", Fix);
            }

            var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
            foreach (var item in findings.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("fingerprint", out var fingerprint) || fingerprint.ValueKind != JsonValueKind.String)
                {
                    throw new AuditException($"The baseline file '{path}' has a finding without a 'fingerprint'.", Fix);
                }

                entries.Add(new BaselineEntry(fingerprint.GetString()!, Text(item, "ruleId"), Text(item, "path"), Text(item, "message")));
            }

            return new AuditBaseline(entries.ToImmutable());
        }
        catch (JsonException ex)
        {
            throw new AuditException($"The baseline file '{path}' is not valid JSON: {ex.Message}", Fix, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AuditException($"The baseline file '{path}' cannot be read: {ex.Message}", "Check the file's permissions.", ex);
        }
    }

    /// <summary>True when the baseline accepts the finding.</summary>
    public bool Accepts(AuditFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Fingerprints.Contains(finding.Fingerprint);
    }

    /// <summary>Writes the baseline as indented JSON, atomically (a temporary file moved over the target).</summary>
    public void Save(string path)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteString("tool", "rampart");
            writer.WriteStartArray("findings");
            foreach (var entry in Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("fingerprint", entry.Fingerprint);
                writer.WriteString("ruleId", entry.RuleId);
                writer.WriteString("path", entry.Path);
                writer.WriteString("message", entry.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        AtomicFile.Write(path, buffer.ToArray());
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
