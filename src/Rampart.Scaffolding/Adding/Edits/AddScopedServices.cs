using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>services.AddScoped&lt;TService, TImplementation&gt;();</c> lines to a registration method of a static class
/// (a hexagonal service's <c>AddPersistenceAdapter</c>, <c>AddCoreUseCases</c> or <c>AddAdapters</c>): after the
/// method's last <c>AddScoped</c> statement, or before its <c>return</c> when it has none, with the types' namespaces
/// in the usings. The method's <c>IServiceCollection</c> parameter names the receiver.
/// </summary>
internal sealed class AddScopedServices(string path, string className, string methodName, IReadOnlyList<(string Service, string Implementation)> registrations, IReadOnlyList<string> namespaces) : SourceEdit
{
    public override string Path => path;

    public override string Description =>
        $"registers {string.Join(", ", registrations.Select(r => r.Service))} in {methodName}";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var method = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Identifier.Text == className)
            .SelectMany(c => c.Members.OfType<MethodDeclarationSyntax>()).FirstOrDefault(m => m.Identifier.Text == methodName)
            ?? throw Refusal($"there is no {className}.{methodName}(…).", $"Keep {methodName} in {className}, or register {Registrations()} by hand.");
        if (method.Body is not { } body || method.ParameterList.Parameters.FirstOrDefault(p => p.Type?.ToString() == "IServiceCollection") is not { } parameter)
        {
            throw Refusal($"{className}.{methodName} has no body with an IServiceCollection parameter.", $"Register {Registrations()} by hand.");
        }

        if (registrations.FirstOrDefault(r => body.DescendantNodes().OfType<GenericNameSyntax>().Any(g => g.TypeArgumentList.Arguments.FirstOrDefault()?.ToString() == r.Service)) is { Service: not null } taken)
        {
            throw Refusal($"{methodName} registers {taken.Service} already.", "Choose another resource name, or remove the existing registration first.");
        }

        var services = parameter.Identifier.Text;
        var anchor = body.Statements.LastOrDefault(s => IsAddScoped(s, services));
        var next = anchor is null ? body.Statements.OfType<ReturnStatementSyntax>().LastOrDefault() : null;
        if (anchor is null && next is null)
        {
            throw Refusal($"{methodName} has neither a {services}.AddScoped<…>() nor a return statement to go before.", $"Register {Registrations()} by hand.");
        }

        var indent = IndentOf((SyntaxNode?)anchor ?? next!);
        var statements = registrations.Select(r => SyntaxFactory.ParseStatement($"{indent}{services}.AddScoped<{r.Service}, {r.Implementation}>();\n")).ToList();
        var edited = anchor is not null ? body.InsertNodesAfter(anchor, statements) : body.InsertNodesBefore(next!, statements);
        var result = root.ReplaceNode(body, edited);
        return namespaces.Aggregate(result, WithUsing);
    }

    private string Registrations() => string.Join(", ", registrations.Select(r => $"AddScoped<{r.Service}, {r.Implementation}>()"));

    private static bool IsAddScoped(StatementSyntax statement, string services) =>
        statement is ExpressionStatementSyntax
        {
            Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name: GenericNameSyntax { Identifier.Text: "AddScoped" } } },
        }
        && receiver.Identifier.Text == services;
}
