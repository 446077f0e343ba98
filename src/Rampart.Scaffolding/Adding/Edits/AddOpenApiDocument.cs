using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>builder.Services.AddRampartOpenApiDocument(n);</c> to the top-level statements of <c>Program.cs</c>, after
/// the last <c>builder.Services.…</c> statement before <c>builder.Build()</c>: the OpenAPI document of the first
/// endpoint mapped under <c>/api/v{n}</c> (<c>/openapi/v{n}.json</c>, listed on the docs page).
/// </summary>
internal sealed class AddOpenApiDocument(string path, int version) : SourceEdit
{
    public override string Path => path;

    public override string Description => $"adds the OpenAPI document v{version} (/openapi/v{version}.json)";

    /// <summary>Whether <paramref name="source"/> registers the document of <paramref name="version"/> already.</summary>
    public static bool Registers(string source, int version) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i =>
            i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "AddRampartOpenApiDocument" }
            && i.ArgumentList.Arguments is [{ Expression: LiteralExpressionSyntax { Token.Value: int registered } }]
            && registered == version);

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        if (Registers(root.ToFullString(), version))
        {
            throw Refusal($"it adds the OpenAPI document v{version} already.", "Nothing to add.");
        }

        var statements = root.Members.OfType<GlobalStatementSyntax>().ToList();
        var build = statements.FindIndex(s => s.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Any(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Build", Expression: IdentifierNameSyntax { Identifier.Text: "builder" } }));
        var anchor = (build < 0 ? null : statements.Take(build).LastOrDefault(IsServicesCall))
            ?? throw Refusal("there is no builder.Services.…() before builder.Build().", $"Call builder.Services.AddRampartOpenApiDocument({version}) by hand before building the app.");
        var statement = SyntaxFactory.GlobalStatement(SyntaxFactory.ParseStatement(
            $"\n// The OpenAPI document of the endpoints mapped under /api/v{version}: /openapi/v{version}.json, listed on /docs.\nbuilder.Services.AddRampartOpenApiDocument({version});\n"));
        return root.InsertNodesAfter(anchor, [statement]);
    }

    private static bool IsServicesCall(GlobalStatementSyntax statement) =>
        statement.Statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
        && invocation.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(m =>
            m is { Name.Identifier.Text: "Services", Expression: IdentifierNameSyntax { Identifier.Text: "builder" } });
}
