using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Audit.Analysis;

/// <summary>The signature of the declaration enclosing a node, like <c>Shop.Orders.OrderEndpoints.Place(PlaceOrder, AppDb)</c>.</summary>
internal static class MemberSignature
{
    public static string Of(SyntaxNode? node)
    {
        var parts = new List<string>();
        for (var current = node; current is not null; current = current.Parent)
        {
            var part = current switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Name.ToString(),
                BaseTypeDeclarationSyntax type => type.Identifier.Text + Arity(type as TypeDeclarationSyntax),
                MethodDeclarationSyntax method => method.Identifier.Text + Parameters(method.ParameterList),
                ConstructorDeclarationSyntax constructor => ".ctor" + Parameters(constructor.ParameterList),
                LocalFunctionStatementSyntax local => local.Identifier.Text + Parameters(local.ParameterList),
                PropertyDeclarationSyntax property => property.Identifier.Text,
                IndexerDeclarationSyntax => "this[]",
                EventDeclarationSyntax @event => @event.Identifier.Text,
                BaseFieldDeclarationSyntax field => string.Join(',', field.Declaration.Variables.Select(v => v.Identifier.Text)),
                OperatorDeclarationSyntax op => "operator" + op.OperatorToken.Text + Parameters(op.ParameterList),
                GlobalStatementSyntax => "<top-level>",
                _ => null,
            };
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        parts.Reverse();
        return string.Join('.', parts);
    }

    private static string Arity(TypeDeclarationSyntax? type) =>
        type?.TypeParameterList is { Parameters.Count: > 0 } list ? $"`{list.Parameters.Count}" : string.Empty;

    private static string Parameters(BaseParameterListSyntax list) =>
        "(" + string.Join(", ", list.Parameters.Select(p => p.Type?.ToString() ?? p.Identifier.Text)) + ")";
}
