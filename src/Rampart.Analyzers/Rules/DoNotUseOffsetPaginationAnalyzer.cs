using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>
/// RMP3002: paging a query with a variable offset — LINQ <c>Skip</c> on an <c>IQueryable</c>, or SQL text for Dapper,
/// ADO.NET or raw EF Core queries with <c>OFFSET @skip</c>, <c>LIMIT @take OFFSET @skip</c> or <c>LIMIT @skip, @take</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotUseOffsetPaginationAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotUseOffsetPagination,
        "Prefer cursor pagination to offset pagination",
        "The query skips a variable number of rows; the database still reads and discards them, and pages shift under concurrent writes",
        RuleCategories.Data,
        DiagnosticSeverity.Info,
        "Page by a cursor: Where(x => x.Id > after).OrderBy(x => x.Id).Take(limit), and return the last key as the next cursor.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <summary>Ardalis.Specification's builder: <c>Query.Skip(skip).Take(take)</c> becomes the query's OFFSET.</summary>
    private static bool IsSpecificationBuilder(ITypeSymbol? type) =>
        type is not null && (type.Name.StartsWith("ISpecificationBuilder", StringComparison.Ordinal) ||
            type.AllInterfaces.Any(i => i.Name.StartsWith("ISpecificationBuilder", StringComparison.Ordinal)));

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.For(start.Compilation);
            start.RegisterOperationAction(
                c =>
                {
                    if (c.Operation.Type?.SpecialType == SpecialType.System_String && SqlText.IsOutermost(c.Operation) &&
                        c.Operation.Syntax.ToString().IndexOf("offset", StringComparison.OrdinalIgnoreCase) >= 0 &&
                        SqlText.SkipsVariableRows(SqlText.Flatten(c.Operation)))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, c.Operation.Syntax.GetLocation()));
                    }
                },
                OperationKind.Literal,
                OperationKind.InterpolatedString,
                OperationKind.Binary);
            if (symbols.Queryable is null)
            {
                return;
            }

            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (invocation.TargetMethod.Name == "Skip" &&
                        (symbols.IsQueryable(invocation.GetInstance()?.WalkDownConversions().Type) || IsSpecificationBuilder(invocation.GetInstance()?.WalkDownConversions().Type)) &&
                        invocation.Arguments.LastOrDefault()?.Value is { ConstantValue.HasValue: false })
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, Locations.NameAndArguments(invocation.Syntax)));
                    }
                },
                OperationKind.Invocation);
        });
    }
}
