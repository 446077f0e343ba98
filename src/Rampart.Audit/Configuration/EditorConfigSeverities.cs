using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Rampart.Audit.Configuration;

/// <summary>
/// Severities from <c>.editorconfig</c> and <c>.globalconfig</c> files, read with the compiler's own parser
/// (<see cref="AnalyzerConfigSet"/>): <c>dotnet_diagnostic.&lt;id&gt;.severity</c> per path, then
/// <c>dotnet_analyzer_diagnostic.category-&lt;category&gt;.severity</c> and <c>dotnet_analyzer_diagnostic.severity</c>.
/// </summary>
internal sealed class EditorConfigSeverities
{
    private readonly AnalyzerConfigSet? _set;

    private EditorConfigSeverities(AnalyzerConfigSet? set) => _set = set;

    /// <summary>The options provider analyzers see (so rules can read their own settings).</summary>
    public AnalyzerConfigOptionsProvider OptionsProvider => new ConfigOptionsProvider(_set);

    /// <summary>Reads the .editorconfig files under the root and above it (up to one marked <c>root = true</c>) and any .globalconfig under the root.</summary>
    public static EditorConfigSeverities Load(string root)
    {
        var configs = new List<AnalyzerConfig>();
        foreach (var file in ConfigFiles(root))
        {
            configs.Add(AnalyzerConfig.Parse(File.ReadAllText(file), file));
        }

        return new EditorConfigSeverities(configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs));
    }

    /// <summary>
    /// The configured severity of a rule for a file: <c>(true, null)</c> when configured off, <c>(true, s)</c> when set,
    /// <c>(false, _)</c> when no configuration mentions it.
    /// </summary>
    public (bool Configured, AuditSeverity? Severity) For(string filePath, string ruleId, string category)
    {
        if (_set is null)
        {
            return (false, null);
        }

        var options = _set.GetOptionsForSourcePath(filePath);
        if (options.TreeOptions.TryGetValue(ruleId, out var report) || _set.GlobalConfigOptions.TreeOptions.TryGetValue(ruleId, out report))
        {
            return (true, Map(report));
        }

        foreach (var key in new[] { $"dotnet_analyzer_diagnostic.category-{category}.severity", "dotnet_analyzer_diagnostic.severity" })
        {
            if (options.AnalyzerOptions.TryGetValue(key, out var value) || _set.GlobalConfigOptions.AnalyzerOptions.TryGetValue(key, out value))
            {
                return value.Trim().ToLowerInvariant() switch
                {
                    "none" or "silent" => (true, null),
                    "suggestion" => (true, AuditSeverity.Info),
                    "warning" => (true, AuditSeverity.Warning),
                    "error" => (true, AuditSeverity.Error),
                    _ => (false, null),
                };
            }
        }

        return (false, null);
    }

    private static AuditSeverity? Map(ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Error => AuditSeverity.Error,
        ReportDiagnostic.Warn => AuditSeverity.Warning,
        ReportDiagnostic.Info => AuditSeverity.Info,
        _ => null,
    };

    private static IEnumerable<string> ConfigFiles(string root)
    {
        for (var directory = new DirectoryInfo(root).Parent; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ".editorconfig");
            if (File.Exists(candidate))
            {
                yield return candidate;
                if (File.ReadLines(candidate).Any(l => l.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("root=true", StringComparison.OrdinalIgnoreCase)))
                {
                    break;
                }
            }
        }

        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var file in Directory.GetFiles(directory).Where(f => Path.GetFileName(f) == ".editorconfig" || f.EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase)))
            {
                yield return file;
            }

            foreach (var child in Directory.GetDirectories(directory))
            {
                var name = Path.GetFileName(child);
                if (name is not ("bin" or "obj" or "node_modules") && !name.StartsWith('.'))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private sealed class ConfigOptionsProvider(AnalyzerConfigSet? set) : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _global = new(set?.GlobalConfigOptions.AnalyzerOptions ?? ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
            set is null ? _global : new DictionaryOptions(set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            set is null ? _global : new DictionaryOptions(set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
