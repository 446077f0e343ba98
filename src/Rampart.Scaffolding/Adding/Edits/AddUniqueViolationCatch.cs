using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>catch (DbUpdateException ex) when (ex.IsUniqueViolation(Index)) { return Error; }</c> clauses to the
/// <c>try</c> around <c>SaveChangesAsync</c> in a hexagonal service's unit of work (after its last catch), with the
/// namespaces of the index and the error in the usings: where the database's verdicts become the core's errors.
/// </summary>
internal sealed class AddUniqueViolationCatch(string path, string methodName, IReadOnlyList<(string Index, string Error)> violations, IReadOnlyList<string> namespaces) : SourceEdit
{
    public override string Path => path;

    public override string Description => $"maps {string.Join(", ", violations.Select(v => v.Index))} to {string.Join(", ", violations.Select(v => v.Error))} in the unit of work";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var method = root.DescendantNodes().OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.Text == methodName)
            ?? throw Refusal($"there is no method {methodName}.", $"Map the unique indexes ({string.Join(", ", violations.Select(v => v.Index))}) to their errors by hand.");
        var save = method.DescendantNodes().OfType<TryStatementSyntax>().FirstOrDefault(t => t.Block.ToString().Contains("SaveChangesAsync", StringComparison.Ordinal) && t.Catches.Count > 0)
            ?? throw Refusal($"{methodName} has no try/catch around SaveChangesAsync.", $"Catch DbUpdateException for {string.Join(", ", violations.Select(v => v.Index))} by hand.");
        if (violations.FirstOrDefault(v => save.Catches.Any(c => c.Filter?.ToString().Contains(v.Index, StringComparison.Ordinal) == true)) is { Index: not null } taken)
        {
            throw Refusal($"{methodName} catches {taken.Index} already.", "Choose another resource name, or remove the existing catch first.");
        }

        var indent = IndentOf(save.Catches[^1]);
        var clauses = violations.Select(v => Clause(indent, v.Index, v.Error));
        return namespaces.Aggregate(root.ReplaceNode(save, save.AddCatches([.. clauses])), WithUsing);
    }

    private static CatchClauseSyntax Clause(string indent, string index, string error)
    {
        var text = $"try\n{{\n}}\n{indent}catch (DbUpdateException ex) when (ex.IsUniqueViolation({index}))\n{indent}{{\n{indent}    return {error};\n{indent}}}\n";
        return ((TryStatementSyntax)SyntaxFactory.ParseStatement(text)).Catches[0];
    }
}
