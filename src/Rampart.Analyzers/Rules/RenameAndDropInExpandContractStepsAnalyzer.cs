using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Analyzers.Support;
using Rampart.Analyzers.Support.Migrations;

namespace Rampart.Analyzers.Rules;

/// <summary>
/// RMP3007: renaming or dropping a column or table the previous release still reads breaks that release while both
/// run during a rolling deploy. "Still reads" is decided from the Designer model of the migration before this one
/// (ADR 0104): a column that model maps is selected by every query the previous release runs on its entity. Without
/// such a model (hand-written migrations), every existing table and column is assumed read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class RenameAndDropInExpandContractStepsAnalyzer : MigrationAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.RenameAndDropInExpandContractSteps,
        "Rename or drop columns and tables in expand/contract steps",
        "{0} while the previous release still reads it; it fails until every instance runs the new code",
        RuleCategories.Data,
        DiagnosticSeverity.Warning,
        "Expand/contract: first release code that no longer reads it (for a rename, add the new column and write both), drop or rename in a later migration.",
        compilationEnd: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override void OnCompilationEnd(CompilationAnalysisContext context, IReadOnlyList<(IMethodSymbol Up, MigrationStep Step, string What)> deferred)
    {
        var migrations = TypeWalker.AllTypes(context.Compilation.Assembly.GlobalNamespace).Where(MigrationReader.IsMigration).ToList();
        foreach (var (up, step, what) in deferred)
        {
            var previous = Previous(up.ContainingType, migrations);
            var model = previous is null ? null : TargetModel.Of(previous, context.CancellationToken);
            var read = model is null || step.Table is null || (step.Column is null ? model.Maps(step.Table) : model.Maps(step.Table, step.Column));
            if (read)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, step.Location, what));
            }
        }
    }

    /// <summary>The migration of the same DbContext with the greatest id below this one's (ids start with a timestamp).</summary>
    private static INamedTypeSymbol? Previous(INamedTypeSymbol migration, List<INamedTypeSymbol> migrations)
    {
        var id = Id(migration);
        var context = ContextOf(migration);
        return id is null ? null : migrations
            .Where(m => Id(m) is { } other && string.CompareOrdinal(other, id) < 0 && SymbolEqualityComparer.Default.Equals(ContextOf(m), context))
            .OrderByDescending(Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static string? Id(INamedTypeSymbol migration) =>
        migration.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "MigrationAttribute")?.ConstructorArguments.FirstOrDefault().Value as string;

    private static ITypeSymbol? ContextOf(INamedTypeSymbol migration) =>
        migration.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "DbContextAttribute")?.ConstructorArguments.FirstOrDefault().Value as ITypeSymbol;

    protected override void Analyze(IMethodSymbol up, MigrationReader migration, Action<Diagnostic> report, Action<(IMethodSymbol Up, MigrationStep Step, string What)> defer)
    {
        var added = new HashSet<string>(migration.Steps.Where(s => s.Kind == MigrationStepKind.AddColumn && s.Column is not null).Select(s => s.Table + "." + s.Column), StringComparer.OrdinalIgnoreCase);
        foreach (var step in migration.Steps)
        {
            var what = step.Kind switch
            {
                MigrationStepKind.RenameColumn => $"Column '{step.Table}.{step.Column}' is renamed",
                MigrationStepKind.DropColumn => $"Column '{step.Table}.{step.Column}' is dropped",
                MigrationStepKind.RenameTable => $"Table '{step.Table}' is renamed",
                MigrationStepKind.DropTable => $"Table '{step.Table}' is dropped",
                _ => null,
            };
            if (what is not null && migration.OnExistingTable(step) && !added.Contains(step.Table + "." + step.Column))
            {
                defer((up, step, what));
            }
        }
    }
}
