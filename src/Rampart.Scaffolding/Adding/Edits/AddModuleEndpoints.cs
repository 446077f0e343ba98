using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds a resource's route group to a module class's <c>MapEndpoints(IEndpointRouteBuilder)</c>, as the Shop's modules
/// map theirs: <c>var plural = endpoints.MapGroup("/api/v1/…");</c>, the group tagged with the resource and the module,
/// then one <c>Map&lt;UseCase&gt;()</c> per slice; at the end of the method (after a comment that ends it, when the
/// body has nothing else), with the slices' namespaces in the usings.
/// </summary>
internal sealed class AddModuleEndpoints(string path, string moduleClass, Naming resource, string moduleNamespace) : SourceEdit
{
    private static readonly string[] UseCases = ["List{0}", "Get{1}", "Create{1}", "Update{1}", "Delete{1}"];

    public override string Path => path;

    public override string Description => $"maps /api/v1/{resource.KebabPlural} in {moduleClass}.MapEndpoints";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var module = root.DescendantNodes().OfType<ClassDeclarationSyntax>().FirstOrDefault(c => c.Identifier.Text == moduleClass)
            ?? throw Refusal($"there is no class {moduleClass}.", $"Keep the module class named {moduleClass} in this file, or map the resource's endpoints by hand.");
        var method = module.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.Text == "MapEndpoints" && m.ParameterList.Parameters.Count == 1);
        if (method?.Body is not { } body)
        {
            throw Refusal($"{moduleClass} has no MapEndpoints(IEndpointRouteBuilder) with a body.", "Map the resource's endpoints by hand in the module's MapEndpoints.");
        }

        var variable = ResourceSnippets.Identifier(resource.CamelPlural);
        var route = $"/api/v1/{resource.KebabPlural}";
        if (body.DescendantNodes().OfType<LiteralExpressionSyntax>().Any(l => l.Token.ValueText == route)
            || body.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(v => v.Identifier.Text == variable))
        {
            throw Refusal($"{moduleClass}.MapEndpoints maps {route} already.", "Choose another resource name, or remove the existing mapping first.");
        }

        var endpoints = method.ParameterList.Parameters[0].Identifier.Text;
        var indent = body.Statements.FirstOrDefault() is { } first ? IndentOf(first) : IndentOf(method) + "    ";
        var lines = new List<string>
        {
            $"var {variable} = {endpoints}.MapGroup(\"{route}\");",
            $"{variable}.WithTags(\"{resource.Plural}\").WithModule(Name);",
        };
        lines.AddRange(UseCases.Select(u => $"{variable}.Map{string.Format(System.Globalization.CultureInfo.InvariantCulture, u, resource.Plural, resource.Pascal)}();"));
        var statements = lines.Select(line => SyntaxFactory.ParseStatement($"{indent}{line}\n")).ToList();

        BlockSyntax edited;
        if (body.Statements.Count == 0)
        {
            // Only comments in the body: they are the closing brace's trivia, and stay above the new lines.
            var comments = body.CloseBraceToken.LeadingTrivia.Reverse().SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse();
            statements[0] = statements[0].WithLeadingTrivia(SyntaxFactory.TriviaList(comments).Add(SyntaxFactory.Whitespace(indent)));
            edited = body.WithStatements(SyntaxFactory.List(statements)).WithCloseBraceToken(body.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Whitespace(IndentOf(method))));
        }
        else
        {
            statements[0] = statements[0].WithLeadingTrivia(statements[0].GetLeadingTrivia().Insert(0, SyntaxFactory.EndOfLine("\n")));
            edited = body.WithStatements(body.Statements.AddRange(statements));
        }

        // MapGroup and WithModule are in Microsoft.AspNetCore.Builder, WithTags in Microsoft.AspNetCore.Http.
        var result = WithUsing(WithUsing(root.ReplaceNode(body, edited), "Microsoft.AspNetCore.Builder"), "Microsoft.AspNetCore.Http");
        foreach (var useCase in UseCases)
        {
            var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, useCase, resource.Plural, resource.Pascal);
            result = WithUsing(result, $"{moduleNamespace}.Features.{name}");
        }

        return result;
    }
}
