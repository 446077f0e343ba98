using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Analyzers.Support.Migrations;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP3009: a foreign key or check constraint added to an existing table is validated under a lock that blocks writes.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class AddConstraintsNotValidAnalyzer : MigrationAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.AddConstraintsNotValid,
        "Add foreign keys and check constraints as NOT VALID, then validate",
        "The {0} on the existing table '{1}' is validated while the table is locked against writes",
        RuleCategories.Data,
        DiagnosticSeverity.Warning,
        "Add it with Sql(\"ALTER TABLE … ADD CONSTRAINT … NOT VALID\"), then Sql(\"ALTER TABLE … VALIDATE CONSTRAINT …\") in a later step; validation then takes no write lock.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override void Analyze(IMethodSymbol up, MigrationReader migration, Action<Diagnostic> report, Action<(IMethodSymbol Up, MigrationStep Step, string What)> defer)
    {
        foreach (var step in migration.Steps)
        {
            var what = step.Kind switch
            {
                MigrationStepKind.AddForeignKey => "foreign key",
                MigrationStepKind.AddCheckConstraint => "check constraint",
                _ => null,
            };
            if (what is not null && !step.Safe && migration.OnExistingTable(step))
            {
                report(Diagnostic.Create(Rule, step.Location, what, step.Table ?? "?"));
            }
        }
    }
}
