using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support.Migrations;

/// <summary>
/// Reads an EF Core migration's <c>Up</c> into schema steps, in source order, and knows which tables the migration
/// itself creates: changes to those are never a risk, because no running release reads them yet.
/// </summary>
internal sealed class MigrationReader
{
    private MigrationReader(List<MigrationStep> steps)
    {
        Steps = steps;
        Created = new HashSet<string>(steps.Where(s => s.Kind == MigrationStepKind.CreateTable && s.Table is not null).Select(s => s.Table!), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<MigrationStep> Steps { get; }

    /// <summary>Tables created in this migration.</summary>
    public HashSet<string> Created { get; }

    /// <summary>True when the step changes a table that existed before this migration.</summary>
    public bool OnExistingTable(MigrationStep step) => step.Table is null || !Created.Contains(step.Table);

    /// <summary>True for the <c>Up</c> override of a class deriving from EF Core's <c>Migration</c>.</summary>
    public static bool IsUp(ISymbol? symbol) =>
        symbol is IMethodSymbol { Name: "Up", IsOverride: true, Parameters.Length: 1 } method && IsMigration(method.ContainingType);

    public static bool IsMigration(INamedTypeSymbol? type)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == "Migration" && current.IsInNamespace("Microsoft.EntityFrameworkCore.Migrations"))
            {
                return true;
            }
        }

        return false;
    }

    public static MigrationReader Read(IOperation body)
    {
        var steps = new List<MigrationStep>();
        foreach (var invocation in body.Descendants().OfType<IInvocationOperation>().OrderBy(i => i.Syntax.SpanStart))
        {
            if (invocation.TargetMethod.ContainingType?.Name != "MigrationBuilder")
            {
                continue;
            }

            var name = invocation.TargetMethod.Name;
            if (name == "Sql")
            {
                var sql = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "sql")?.Value;
                if (sql is not null)
                {
                    steps.AddRange(MigrationSql.Read(SqlText.Flatten(sql), invocation));
                }

                continue;
            }

            if (Enum.TryParse<MigrationStepKind>(name, out var kind))
            {
                var table = Text(invocation, kind is MigrationStepKind.CreateTable or MigrationStepKind.RenameTable or MigrationStepKind.DropTable ? "name" : "table");
                var column = kind switch
                {
                    MigrationStepKind.AddColumn or MigrationStepKind.AlterColumn or MigrationStepKind.RenameColumn or MigrationStepKind.DropColumn => Text(invocation, "name"),
                    _ => null,
                };
                steps.Add(new MigrationStep(kind, table, column, invocation));
            }
        }

        return new MigrationReader(steps);
    }

    private static string? Text(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter)?.Value.WalkDownConversions().ConstantValue.Value as string;
}
