using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Registers the implementations of a resource's ports in the infrastructure's one entry point:
/// <c>services.AddScoped&lt;IPort, Implementation&gt;();</c> per port, after the method's other registrations (before
/// its final <c>return</c>), with the ports' and the implementations' namespaces in the usings. Where a clean service
/// says which adapter answers each port of the application.
/// </summary>
internal sealed class AddPortImplementations(string path, string className, string methodName, IReadOnlyList<(string Port, string Implementation)> ports, IReadOnlyList<string> namespaces) : SourceEdit
{
    public override string Path => path;

    public override string Description => $"registers {string.Join(" and ", ports.Select(p => p.Implementation))} in {className}.{methodName}";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var method = root.DescendantNodes().OfType<ClassDeclarationSyntax>().FirstOrDefault(c => c.Identifier.Text == className)?
            .Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.Text == methodName)
            ?? throw Refusal($"there is no method {className}.{methodName}.", $"Keep the infrastructure's registrations in {className}.{methodName}, or register {string.Join(", ", ports.Select(p => p.Implementation))} by hand.");
        if (method.Body is not { Statements: [.., ReturnStatementSyntax finalReturn] } body)
        {
            throw Refusal($"{methodName} does not end with a return statement.", $"Register {string.Join(", ", ports.Select(p => p.Implementation))} by hand in {methodName}.");
        }

        var registered = body.DescendantNodes().OfType<GenericNameSyntax>()
            .SelectMany(g => g.TypeArgumentList.Arguments.Select(a => a.ToString()))
            .ToHashSet(StringComparer.Ordinal);
        if (ports.FirstOrDefault(p => registered.Contains(p.Port)) is { Port: { } taken })
        {
            throw Refusal($"{methodName} registers {taken} already.", "Choose another resource name, or remove the existing registration first.");
        }

        var services = method.ParameterList.Parameters.FirstOrDefault()?.Identifier.Text ?? "services";
        var indent = IndentOf(finalReturn);
        var statements = ports.Select(p => SyntaxFactory.ParseStatement($"{indent}{services}.AddScoped<{p.Port}, {p.Implementation}>();\n")).ToList();

        // A blank line or comment above the return stays above the new lines.
        statements[0] = statements[0].WithLeadingTrivia(finalReturn.GetLeadingTrivia());
        var newBody = body.ReplaceNode(finalReturn, finalReturn.WithLeadingTrivia(SyntaxFactory.Whitespace(indent)));
        newBody = newBody.InsertNodesBefore(newBody.Statements.Last(), statements);
        var result = root.ReplaceNode(body, newBody);
        return namespaces.Aggregate(result, WithUsing);
    }
}
