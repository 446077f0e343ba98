using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Analyzers.Support.Migrations;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP3005: a NOT NULL column without a default added to an existing table fails on data or rewrites the table.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class AddNotNullColumnsWithDefaultAnalyzer : MigrationAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.AddNotNullColumnsWithDefault,
        "Add NOT NULL columns to existing tables with a default",
        "Column '{0}' is added to the existing table '{1}' as NOT NULL without a default; the migration fails on a table with rows, and backfilling it holds a lock",
        RuleCategories.Data,
        DiagnosticSeverity.Warning,
        "Give the column a constant default (defaultValue/defaultValueSql), or expand and contract: add it nullable, backfill in batches, then set NOT NULL.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override void Analyze(IMethodSymbol up, MigrationReader migration, Action<Diagnostic> report, Action<(IMethodSymbol Up, MigrationStep Step, string What)> defer)
    {
        foreach (var step in migration.Steps)
        {
            if (step.Kind != MigrationStepKind.AddColumn || !migration.OnExistingTable(step))
            {
                continue;
            }

            var unsafeAdd = step.FromSql
                ? !step.Safe
                : step.Argument("nullable") is not true && !step.Passes("defaultValue") && !step.Passes("defaultValueSql") && !step.Passes("computedColumnSql");
            if (unsafeAdd)
            {
                report(Diagnostic.Create(Rule, step.Location, step.Column ?? "?", step.Table ?? "?"));
            }
        }
    }
}
