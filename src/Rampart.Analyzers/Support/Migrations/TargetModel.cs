using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Analyzers.Support.Migrations;

/// <summary>
/// The tables and columns a migration's Designer file (<c>BuildTargetModel</c>) maps: the model the release that
/// shipped with that migration reads through EF Core, which selects every mapped column of an entity it loads.
/// Read from syntax: <c>modelBuilder.Entity("…", b => { b.Property&lt;T&gt;("Name").HasColumnName("name"); b.ToTable("products"); })</c>.
/// </summary>
internal sealed class TargetModel
{
    private readonly Dictionary<string, HashSet<string>> _columns = new(StringComparer.OrdinalIgnoreCase);

    private TargetModel()
    {
    }

    public bool Maps(string table) => _columns.ContainsKey(table);

    public bool Maps(string table, string column) => _columns.TryGetValue(table, out var columns) && columns.Contains(column);

    /// <summary>The model of a migration type's Designer part, or null when the migration has none (hand-written).</summary>
    public static TargetModel? Of(INamedTypeSymbol migration, CancellationToken cancellationToken)
    {
        var method = migration.GetMembers("BuildTargetModel").FirstOrDefault()?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        if (method is null)
        {
            return null;
        }

        var model = new TargetModel();
        foreach (var entity in method.DescendantNodes().OfType<InvocationExpressionSyntax>().Where(i => NameOf(i) == "Entity"))
        {
            if (entity.ArgumentList.Arguments.LastOrDefault()?.Expression is not LambdaExpressionSyntax { Body: BlockSyntax block })
            {
                continue;
            }

            var statements = block.Statements.OfType<ExpressionStatementSyntax>().ToList();
            var table = statements.SelectMany(s => s.DescendantNodes().OfType<InvocationExpressionSyntax>())
                .Where(i => NameOf(i) == "ToTable").Select(FirstString).FirstOrDefault(t => t is not null);
            if (table is null)
            {
                continue;
            }

            if (!model._columns.TryGetValue(table, out var columns))
            {
                model._columns[table] = columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            foreach (var statement in statements)
            {
                var calls = statement.DescendantNodes().OfType<InvocationExpressionSyntax>().ToList();
                var property = calls.Where(c => NameOf(c) == "Property").Select(FirstString).FirstOrDefault(p => p is not null);
                if (property is not null)
                {
                    columns.Add(calls.Where(c => NameOf(c) == "HasColumnName").Select(FirstString).FirstOrDefault(c => c is not null) ?? property);
                }
            }
        }

        return model;
    }

    private static string? NameOf(InvocationExpressionSyntax invocation) =>
        invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };

    private static string? FirstString(InvocationExpressionSyntax invocation) =>
        invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal ? literal.Token.ValueText : null;
}
