using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>services.AddScoped&lt;TService, TImplementation&gt;();</c> lines to a registration method of a static class,
/// with the types' namespaces in the usings; the method's <c>IServiceCollection</c> parameter names the receiver. By
/// default the lines go after the method's last <c>AddScoped</c> statement, or before its <c>return</c> when it has
/// none (a hexagonal service's <c>AddPersistenceAdapter</c>, <c>AddCoreUseCases</c> or <c>AddAdapters</c>). With
/// <paramref name="beforeFinalReturn"/> they go just before the method's final <c>return</c>, under a blank line or
/// comment that stood above it (a clean service's <c>AddInfrastructure</c>, where each adapter answers its ports).
/// </summary>
internal sealed class AddScopedServices(
    string path, string className, string methodName, IReadOnlyList<(string Service, string Implementation)> registrations, IReadOnlyList<string> namespaces, bool beforeFinalReturn = false) : SourceEdit
{
    public override string Path => path;

    public override string Description => beforeFinalReturn
        ? $"registers {string.Join(" and ", registrations.Select(r => r.Implementation))} in {className}.{methodName}"
        : $"registers {string.Join(", ", registrations.Select(r => r.Service))} in {methodName}";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var method = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Identifier.Text == className)
            .SelectMany(c => c.Members.OfType<MethodDeclarationSyntax>()).FirstOrDefault(m => m.Identifier.Text == methodName)
            ?? throw (beforeFinalReturn
                ? Refusal($"there is no method {className}.{methodName}.", $"Keep the registrations in {className}.{methodName}, or register {Registrations()} by hand.")
                : Refusal($"there is no {className}.{methodName}(…).", $"Keep {methodName} in {className}, or register {Registrations()} by hand."));
        if (method.Body is not { } body || method.ParameterList.Parameters.FirstOrDefault(p => p.Type?.ToString() == "IServiceCollection") is not { } parameter)
        {
            throw Refusal($"{className}.{methodName} has no body with an IServiceCollection parameter.", $"Register {Registrations()} by hand.");
        }

        if (registrations.FirstOrDefault(r => body.DescendantNodes().OfType<GenericNameSyntax>().Any(g => g.TypeArgumentList.Arguments.FirstOrDefault()?.ToString() == r.Service)) is { Service: not null } taken)
        {
            throw Refusal($"{methodName} registers {taken.Service} already.", "Choose another resource name, or remove the existing registration first.");
        }

        var services = parameter.Identifier.Text;
        var edited = beforeFinalReturn ? BeforeFinalReturn(body, services) : AfterLastAddScoped(body, services);
        return namespaces.Aggregate(root.ReplaceNode(body, edited), WithUsing);
    }

    private BlockSyntax AfterLastAddScoped(BlockSyntax body, string services)
    {
        var anchor = body.Statements.LastOrDefault(s => IsAddScoped(s, services));
        var next = anchor is null ? body.Statements.OfType<ReturnStatementSyntax>().LastOrDefault() : null;
        if (anchor is null && next is null)
        {
            throw Refusal($"{methodName} has neither a {services}.AddScoped<…>() nor a return statement to go before.", $"Register {Registrations()} by hand.");
        }

        var statements = Statements(services, IndentOf((SyntaxNode?)anchor ?? next!));
        return anchor is not null ? body.InsertNodesAfter(anchor, statements) : body.InsertNodesBefore(next!, statements);
    }

    private BlockSyntax BeforeFinalReturn(BlockSyntax body, string services)
    {
        if (body.Statements is not [.., ReturnStatementSyntax finalReturn])
        {
            throw Refusal($"{methodName} does not end with a return statement.", $"Register {Registrations()} by hand in {methodName}.");
        }

        var indent = IndentOf(finalReturn);
        var statements = Statements(services, indent);

        // A blank line or comment above the return stays above the new lines.
        statements[0] = statements[0].WithLeadingTrivia(finalReturn.GetLeadingTrivia());
        var edited = body.ReplaceNode(finalReturn, finalReturn.WithLeadingTrivia(SyntaxFactory.Whitespace(indent)));
        return edited.InsertNodesBefore(edited.Statements.Last(), statements);
    }

    private List<StatementSyntax> Statements(string services, string indent) =>
        [.. registrations.Select(r => SyntaxFactory.ParseStatement($"{indent}{services}.AddScoped<{r.Service}, {r.Implementation}>();\n"))];

    private string Registrations() => string.Join(", ", registrations.Select(r => $"AddScoped<{r.Service}, {r.Implementation}>()"));

    private static bool IsAddScoped(StatementSyntax statement, string services) =>
        statement is ExpressionStatementSyntax
        {
            Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name: GenericNameSyntax { Identifier.Text: "AddScoped" } } },
        }
        && receiver.Identifier.Text == services;
}
