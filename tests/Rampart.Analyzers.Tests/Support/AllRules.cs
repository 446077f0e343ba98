using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Rampart.Analyzers.Tests.Support;

/// <summary>Marker analyzer: <c>AnalyzerVerifier&lt;AllRules&gt;</c> runs every Rampart rule at once.</summary>
#pragma warning disable RS1001 // A marker for the verifier, never loaded by a compiler.
internal sealed class AllRules : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
    }
}
