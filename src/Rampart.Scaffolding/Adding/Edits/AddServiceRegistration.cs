using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>builder.Services.AddPlural();</c> to the top-level statements of <c>Program.cs</c>, after the last
/// <c>builder.Services.Add…</c> statement before <c>builder.Build()</c>, with the resource's namespace in the usings.
/// </summary>
internal sealed class AddServiceRegistration(string path, string method, string resourceNamespace) : SourceEdit
{
    private const string Heading = "// The service's resources: one line each.";

    public override string Path => path;

    public override string Description => $"registers {method}() in the composition root";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var statements = root.Members.OfType<GlobalStatementSyntax>().ToList();
        if (statements.Any(s => Calls(s, method)))
        {
            throw Refusal($"it calls {method}() already.", "Choose another resource name, or remove the existing registration first.");
        }

        var build = statements.FindIndex(s => s.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Any(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Build", Expression: IdentifierNameSyntax { Identifier.Text: "builder" } }));
        if (build < 0)
        {
            throw Refusal("there is no builder.Build() in its top-level statements.", $"Call builder.Services.{method}() by hand before building the app.");
        }

        var block = ResourceBlockEnd(statements, build);
        var anchor = block ?? statements.Take(build).LastOrDefault(IsServicesCall)
            ?? throw Refusal("there is no builder.Services.Add…() before builder.Build().", $"Call builder.Services.{method}() by hand before building the app.");
        var leading = block is not null ? "" : "\n" + Heading + "\n";
        var statement = SyntaxFactory.GlobalStatement(SyntaxFactory.ParseStatement($"{leading}builder.Services.{method}();\n"));
        return WithUsing(root.InsertNodesAfter(anchor, [statement]), resourceNamespace);
    }

    // The last line of the block under the resources' heading: its services calls up to the first blank line or comment.
    private static GlobalStatementSyntax? ResourceBlockEnd(List<GlobalStatementSyntax> statements, int build)
    {
        var start = statements.FindIndex(0, build, s => s.GetLeadingTrivia().ToFullString().Contains(Heading, StringComparison.Ordinal));
        if (start < 0 || !IsServicesCall(statements[start]))
        {
            return null;
        }

        var end = start;
        while (end + 1 < build && IsServicesCall(statements[end + 1]) && string.IsNullOrWhiteSpace(statements[end + 1].GetLeadingTrivia().ToFullString()))
        {
            end++;
        }

        return statements[end];
    }

    private static bool IsServicesCall(GlobalStatementSyntax statement) =>
        statement.Statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
        && Receiver(invocation) is MemberAccessExpressionSyntax { Name.Identifier.Text: "Services", Expression: IdentifierNameSyntax { Identifier.Text: "builder" } };

    // builder.Services.AddX(…).AddY(…) → builder.Services
    private static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation)
    {
        ExpressionSyntax current = invocation;
        while (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
        {
            current = access.Expression;
            if (current is MemberAccessExpressionSyntax { Name.Identifier.Text: "Services" })
            {
                return current;
            }
        }

        return null;
    }

    private static bool Calls(SyntaxNode node, string method) =>
        node.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is MemberAccessExpressionSyntax m && m.Name.Identifier.Text == method);
}
