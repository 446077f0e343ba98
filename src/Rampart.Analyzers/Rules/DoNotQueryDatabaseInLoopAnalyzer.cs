using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP3001: the N+1 assassin — a database round trip per loop iteration.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotQueryDatabaseInLoopAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotQueryDatabaseInLoop,
        "Do not query the database inside a loop",
        "'{0}' runs once per item of the enclosing {1} (N+1 round trips)",
        RuleCategories.Data,
        DiagnosticSeverity.Warning,
        "Load everything in one query before the loop (Where(x => ids.Contains(x.Id)), Include, a join) and save once after it.");

    private static readonly HashSet<string> PerItemMethods = new(StringComparer.Ordinal)
    {
        "Select", "SelectMany", "Where", "ForEach", "ForEachAsync", "Any", "All", "Aggregate", "ToDictionary", "ToLookup", "Count", "Sum",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = new KnownSymbols(start.Compilation);
            start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!DatabaseCalls.IsDatabaseCall(invocation, symbols))
        {
            return;
        }

        var loop = FindRepeatingScope(invocation);
        if (loop is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, Locations.NameAndArguments(invocation.Syntax), invocation.TargetMethod.Name, loop));
        }
    }

    /// <summary>Names the loop or per-item LINQ call that repeats the operation, or null when it runs once.</summary>
    private static string? FindRepeatingScope(IOperation operation)
    {
        var child = operation;
        for (var parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case ILoopOperation loop when loop.Body.Syntax.Span.Contains(child.Syntax.Span):
                    return loop.LoopKind switch
                    {
                        LoopKind.ForEach => "foreach loop",
                        LoopKind.For => "for loop",
                        _ => "while loop",
                    };
                case IAnonymousFunctionOperation lambda:
                    return PerItemCall(lambda);
                case ILocalFunctionOperation or IMethodBodyOperation:
                    return null;
            }
        }

        return null;
    }

    private static string? PerItemCall(IAnonymousFunctionOperation lambda)
    {
        var argument = lambda.Parent;
        while (argument is IDelegateCreationOperation or IConversionOperation)
        {
            argument = argument.Parent;
        }

        if (argument?.Parent is IInvocationOperation call && PerItemMethods.Contains(call.TargetMethod.Name) &&
            (call.TargetMethod.ContainingType.Name is "Enumerable" or "Parallel" or "List" || call.TargetMethod.Name.StartsWith("ForEach", StringComparison.Ordinal)))
        {
            return call.TargetMethod.Name + " call";
        }

        return null;
    }
}
