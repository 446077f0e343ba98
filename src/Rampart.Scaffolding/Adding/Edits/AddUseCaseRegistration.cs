using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Registers a use case's handler in an area's registration method (a clean service's <c>Add&lt;Area&gt;Endpoints</c>):
/// <c>.AddScoped&lt;Handler&gt;()</c> after the method's last <c>AddScoped</c> of its chain, on a line of its own when
/// the chain has one call per line (<c>services.AddScoped&lt;A&gt;().AddScoped&lt;B&gt;().AddRampartOpenApiDocument(2)</c>
/// keeps its last call last), or a statement <c>services.AddScoped&lt;Handler&gt;();</c> after the last such statement;
/// with the handler's namespace in the usings.
/// </summary>
internal sealed class AddUseCaseRegistration(string path, string className, string methodName, string handler, string handlerNamespace) : SourceEdit
{
    public override string Path => path;

    public override string Description => $"registers {handler} in {className}.{methodName}";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var method = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Identifier.Text == className)
            .SelectMany(c => c.Members.OfType<MethodDeclarationSyntax>()).FirstOrDefault(m => m.Identifier.Text == methodName)
            ?? throw Refusal($"there is no {className}.{methodName}(…).", $"Keep the area's registrations in {className}.{methodName}, or register {handler} by hand.");
        var registrations = method.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.Text: "AddScoped" } })
            .ToList();
        if (registrations.Any(i => ((GenericNameSyntax)((MemberAccessExpressionSyntax)i.Expression).Name).TypeArgumentList.Arguments.Any(a => a.ToString() == handler)))
        {
            throw Refusal($"{methodName} registers {handler} already.", "Choose another use case name, or remove the existing registration first.");
        }

        // The chain's last AddScoped ends after every other one.
        var last = registrations.MaxBy(i => i.Span.End)
            ?? throw Refusal($"{methodName} has no AddScoped<…>() to register {handler} beside.", $"Register {handler} by hand in {methodName}.");
        var access = (MemberAccessExpressionSyntax)last.Expression;
        SyntaxNode edited;
        if (last.Parent is ExpressionStatementSyntax statement && access.Expression is IdentifierNameSyntax services && access.OperatorToken.LeadingTrivia.Count == 0)
        {
            var added = SyntaxFactory.ParseStatement($"{IndentOf(statement)}{services.Identifier.Text}.AddScoped<{handler}>();\n");
            edited = root.InsertNodesAfter(statement, [added]);
        }
        else
        {
            var indent = access.OperatorToken.LeadingTrivia.ToFullString();
            var separator = indent.Length > 0 ? "\n" + indent : "";
            var added = SyntaxFactory.ParseExpression($"{last.WithoutTrailingTrivia().ToFullString()}{separator}.AddScoped<{handler}>()").WithTrailingTrivia(last.GetTrailingTrivia());
            edited = root.ReplaceNode(last, added);
        }

        return WithUsing((CompilationUnitSyntax)edited, handlerNamespace);
    }
}
