using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>
/// RMP3001: the N+1 assassin — a database round trip per loop iteration: EF Core, Dapper, ADO.NET or a repository
/// called in the loop, or a method of the project that makes such a call (one level deep).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotQueryDatabaseInLoopAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotQueryDatabaseInLoop,
        "Do not query the database inside a loop",
        "'{0}' runs once per item of the enclosing {1} (N+1 round trips)",
        RuleCategories.Data,
        DiagnosticSeverity.Warning,
        "Load everything in one query before the loop (Where(x => ids.Contains(x.Id)), Include, a join) and save once after it.",
        compilationEnd: true);

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
            var symbols = KnownSymbols.For(start.Compilation);
            var querying = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
            var helperCalls = new ConcurrentBag<(IInvocationOperation Call, IMethodSymbol Target, string Loop)>();
            start.RegisterOperationAction(c => Analyze(c, symbols, querying, helperCalls), OperationKind.Invocation);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var (call, target, loop) in helperCalls)
                {
                    if (querying.ContainsKey(target))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(Rule, Locations.NameAndArguments(call.Syntax), call.TargetMethod.Name, loop));
                    }
                }
            });
        });
    }

    private static void Analyze(
        OperationAnalysisContext context,
        KnownSymbols symbols,
        ConcurrentDictionary<IMethodSymbol, bool> querying,
        ConcurrentBag<(IInvocationOperation, IMethodSymbol, string)> helperCalls)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (DatabaseCalls.IsDatabaseCall(invocation, symbols))
        {
            if (context.ContainingSymbol is IMethodSymbol containing)
            {
                querying[containing.OriginalDefinition] = true;
            }

            if (FindRepeatingScope(invocation) is { } loop)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, Locations.NameAndArguments(invocation.Syntax), invocation.TargetMethod.Name, loop));
            }

            return;
        }

        // A helper of this project called per item: reported at the end if its own body queries the database.
        var target = invocation.TargetMethod.OriginalDefinition;
        if (target.MethodKind == MethodKind.Ordinary && SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, context.Compilation.Assembly) &&
            FindRepeatingScope(invocation) is { } helperLoop)
        {
            helperCalls.Add((invocation, target, helperLoop));
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
                    if (IsRetryLoop(loop))
                    {
                        return null;
                    }

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

    /// <summary>
    /// A loop over no collection that repeats until something succeeds — no condition or a constant one
    /// (<c>for (;;)</c>, <c>while (true)</c>), or a counter named for attempts — re-runs work a bounded number of
    /// times, not once per item: it is a retry or polling loop, not N+1.
    /// </summary>
    private static bool IsRetryLoop(ILoopOperation loop) =>
        loop switch
        {
            IForLoopOperation forLoop => forLoop.Condition is null || forLoop.Condition.ConstantValue.Value is true ||
                forLoop.Locals.Any(l => IsRetryName(l.Name)),
            IWhileLoopOperation whileLoop => whileLoop.Condition is null || whileLoop.Condition.ConstantValue.Value is true,
            _ => false,
        };

    private static bool IsRetryName(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower.Contains("attempt") || lower.StartsWith("retr", StringComparison.Ordinal) || lower.EndsWith("retry", StringComparison.Ordinal) ||
            lower.EndsWith("retries", StringComparison.Ordinal) || lower is "try" or "tries" || lower.EndsWith("tries", StringComparison.Ordinal);
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
