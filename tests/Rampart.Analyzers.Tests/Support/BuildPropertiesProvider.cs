using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Rampart.Analyzers.Tests.Support;

/// <summary>Supplies MSBuild properties (<c>build_property.*</c>) the way the SDK's generated global config does.</summary>
internal sealed class BuildPropertiesProvider(IReadOnlyDictionary<string, string>? properties) : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } =
        new Options((properties ?? new Dictionary<string, string>()).ToDictionary(p => "build_property." + p.Key.ToLowerInvariant(), p => p.Value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
