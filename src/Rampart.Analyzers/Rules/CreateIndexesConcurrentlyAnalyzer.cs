using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;
using Rampart.Analyzers.Support.Migrations;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP3008: building an index on an existing table without CONCURRENTLY blocks every write to it until done.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CreateIndexesConcurrentlyAnalyzer : MigrationAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.CreateIndexesConcurrently,
        "Create indexes on existing tables concurrently",
        "{0} on the existing table '{1}' is built without CONCURRENTLY; writes to the table wait until the index is built",
        RuleCategories.Data,
        DiagnosticSeverity.Warning,
        "Create it concurrently: IsCreatedConcurrently() in the model (Npgsql), or Sql(\"CREATE INDEX CONCURRENTLY …\", suppressTransaction: true); for a unique constraint, ADD CONSTRAINT … USING INDEX afterwards.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override void Analyze(IMethodSymbol up, MigrationReader migration, Action<Diagnostic> report, Action<(IMethodSymbol Up, MigrationStep Step, string What)> defer)
    {
        foreach (var step in migration.Steps)
        {
            if (!migration.OnExistingTable(step) || step.Safe)
            {
                continue;
            }

            var what = step.Kind switch
            {
                MigrationStepKind.CreateIndex when step.FromSql || !CreatedConcurrently(step.Call) => "The index",
                MigrationStepKind.AddUniqueConstraint => "The unique constraint's index",
                _ => null,
            };
            if (what is not null)
            {
                report(Diagnostic.Create(Rule, step.Location, what, step.Table ?? "?"));
            }
        }
    }

    /// <summary>Npgsql's <c>IsCreatedConcurrently()</c> shows in the migration as <c>.Annotation("Npgsql:CreatedConcurrently", true)</c>.</summary>
    private static bool CreatedConcurrently(IInvocationOperation createIndex)
    {
        for (var parent = createIndex.Parent; parent is IInvocationOperation or IConversionOperation or IArgumentOperation; parent = parent.Parent)
        {
            if (parent is IInvocationOperation { TargetMethod.Name: "Annotation" } annotation &&
                annotation.Arguments.Any(a => a.Value.ConstantValue.Value is "Npgsql:CreatedConcurrently") &&
                annotation.Arguments.Any(a => a.Value.WalkDownConversions().ConstantValue.Value is true))
            {
                return true;
            }
        }

        return false;
    }
}
