using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP5004: SQL text assembled from values is SQL injection waiting for input.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotBuildSqlFromStringsAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotBuildSqlFromStrings,
        "Do not build SQL from strings",
        "SQL passed to '{0}' is built by interpolation or concatenation (SQL injection)",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Pass values as parameters: FromSql/ExecuteSql with an interpolated FormattableString, Dapper's param object, or DbParameter.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var rawSql = method.Name is "FromSqlRaw" or "ExecuteSqlRaw" or "ExecuteSqlRawAsync" or "SqlQueryRaw" ||
            (method.ContainingType is { Name: "SqlMapper" } mapper && mapper.IsInNamespace("Dapper"));
        if (!rawSql)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Name: "sql" } && IsBuilt(argument.Value))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), method.Name));
            }
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!IsCommand(creation.Type))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } && IsBuilt(argument.Value))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), creation.Type!.Name));
            }
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "CommandText" } property } &&
            IsCommand(property.ContainingType) && IsBuilt(assignment.Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Value.Syntax.GetLocation(), "CommandText"));
        }
    }

    private static bool IsCommand(ITypeSymbol? type) =>
        type is not null && (type.Name is "IDbCommand" or "DbCommand" || type.AllInterfaces.Any(i => i.Name == "IDbCommand"));

    /// <summary>
    /// Built in place or held in a local some write in the same function built, from at least one piece that may carry
    /// input (see <see cref="TrustedText"/>): interpolating a GUID-derived name or a constant table name is not injection.
    /// </summary>
    private static bool IsBuilt(IOperation value)
    {
        var operation = value.WalkDownConversions();
        if (operation.IsBuiltString())
        {
            return TrustedText.IsBuiltFromUntrusted(operation);
        }

        if (operation is not ILocalReferenceOperation local || operation.EnclosingFunction() is not { } function)
        {
            return false;
        }

        return function.Descendants().Any(o => o switch
        {
            IVariableDeclaratorOperation declarator => SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) && TrustedText.IsBuiltFromUntrusted(declarator.Initializer?.Value),
            IAssignmentOperation { Target: ILocalReferenceOperation target } assignment => SymbolEqualityComparer.Default.Equals(target.Local, local.Local) &&
                (TrustedText.IsBuiltFromUntrusted(assignment.Value) || (assignment is ICompoundAssignmentOperation && !TrustedText.IsTrusted(assignment.Value, 0))),
            _ => false,
        });
    }
}
