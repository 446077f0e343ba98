using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>app.MapPlural();</c> to the top-level statements of <c>Program.cs</c>, after the last statement that maps a
/// feature's endpoints (<c>app.Map…();</c> on its own, after <c>builder.Build()</c>), with the feature's namespace in
/// the usings: where a vertical-slice service maps each feature, the one place that knows them all.
/// </summary>
internal sealed class AddEndpointMapping(string path, string method, string featureNamespace) : SourceEdit
{
    public override string Path => path;

    public override string Description => $"maps {method}() in the composition root";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var statements = root.Members.OfType<GlobalStatementSyntax>().ToList();
        if (statements.Any(s => s.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is MemberAccessExpressionSyntax m && m.Name.Identifier.Text == method)))
        {
            throw Refusal($"it calls {method}() already.", "Choose another resource name, or remove the existing mapping first.");
        }

        var build = statements.FindIndex(s => s.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Any(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Build", Expression: IdentifierNameSyntax { Identifier.Text: "builder" } }));
        var app = build >= 0 ? AppVariable(statements[build]) : null;
        if (app is null)
        {
            throw Refusal("there is no var app = builder.Build(); in its top-level statements.", $"Call app.{method}() by hand after building the app.");
        }

        var anchor = statements.Skip(build + 1).LastOrDefault(s => IsMapCall(s, app))
            ?? throw Refusal($"there is no {app}.Map…(); after builder.Build().", $"Call {app}.{method}() by hand where the service maps its endpoints.");
        var statement = SyntaxFactory.GlobalStatement(SyntaxFactory.ParseStatement($"{app}.{method}();\n"));
        return WithUsing(root.InsertNodesAfter(anchor, [statement]), featureNamespace);
    }

    private static string? AppVariable(GlobalStatementSyntax statement) =>
        statement.Statement is LocalDeclarationStatementSyntax { Declaration.Variables: [var variable] } ? variable.Identifier.Text : null;

    // app.MapX(); — a feature's or the platform's mapping as a statement of its own.
    private static bool IsMapCall(GlobalStatementSyntax statement, string app) =>
        statement.Statement is ExpressionStatementSyntax
        {
            Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name: var name } },
        }
        && receiver.Identifier.Text == app
        && name.Identifier.Text.StartsWith("Map", StringComparison.Ordinal);
}
