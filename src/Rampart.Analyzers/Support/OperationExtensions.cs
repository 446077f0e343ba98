using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>Operation-tree helpers shared by the rules.</summary>
internal static class OperationExtensions
{
    public static IOperation WalkDownConversions(this IOperation operation)
    {
        var current = operation;
        while (true)
        {
            switch (current)
            {
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    current = parenthesized.Operand;
                    break;
                default:
                    return current;
            }
        }
    }

    /// <summary>The receiver of a call, or its first argument when the call is an extension method.</summary>
    public static IOperation? GetInstance(this IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0
            ? invocation.Arguments[0].Value
            : null);

    /// <summary>Enumerates the operations of a body without entering nested lambdas or local functions.</summary>
    public static IEnumerable<IOperation> DescendantsInSameScope(this IOperation root)
    {
        var stack = new Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in current.ChildOperations)
            {
                if (child is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    continue;
                }

                stack.Push(child);
            }
        }
    }

    /// <summary>True when the value is text whose content is not fixed at compile time: interpolation, concatenation, Format.</summary>
    public static bool IsBuiltString(this IOperation? value)
    {
        var operation = value?.WalkDownConversions();
        if (operation is null || operation.ConstantValue.HasValue)
        {
            return false;
        }

        return operation switch
        {
            IInterpolatedStringOperation interpolated => interpolated.Parts.Any(p => p is IInterpolationOperation i && !i.Expression.ConstantValue.HasValue),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => binary.Type?.SpecialType == SpecialType.System_String,
            IInvocationOperation { TargetMethod: { Name: "Format" or "Concat", ContainingType.SpecialType: SpecialType.System_String } } => true,
            _ => false,
        };
    }

    /// <summary>
    /// True for code that runs once at startup: statements of <c>Main</c> or of top-level statements, local functions
    /// included, but not lambdas written there — those are request handlers (<c>app.MapGet("/", () => …)</c>) and
    /// callbacks that run later and often.
    /// </summary>
    public static bool RunsAtStartup(this IOperation operation, ISymbol containingSymbol)
    {
        if (!containingSymbol.IsEntryPoint())
        {
            return false;
        }

        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The method-like symbol (method, lambda, local function) an operation is written in.</summary>
    public static IOperation? EnclosingFunction(this IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyOperation)
            {
                return current;
            }
        }

        return null;
    }
}
