using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>
/// SQL written as text in C#: a string literal, an interpolated string or a concatenation, flattened into one string in
/// which every piece not fixed at compile time reads as <see cref="Hole"/>.
/// </summary>
internal static class SqlText
{
    /// <summary>Stands for a value that is not known at compile time (an interpolation hole or a concatenated variable).</summary>
    public const char Hole = '\u0001';

    private static readonly Regex VariableOffset = new(
        @"\bOFFSET\s+(?:@\w+|:\w+|\?|\$\d+|\u0001)|\bLIMIT\s+(?:@\w+|:\w+|\?|\$\d+|\u0001)\s*,\s*(?:@\w+|:\w+|\?|\$\d+|\u0001|\d+)|\bLIMIT\s+\S+\s+OFFSET\s+(?:@\w+|:\w+|\?|\$\d+|\u0001)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    private static readonly Regex Select = new(@"\bSELECT\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    /// <summary>The text of a string-valued operation, holes marked.</summary>
    public static string Flatten(IOperation operation)
    {
        var builder = new StringBuilder();
        Append(operation.WalkDownConversions(), builder);
        return builder.ToString();
    }

    /// <summary>True for the outermost piece of a string expression (not a literal inside a concatenation).</summary>
    public static bool IsOutermost(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent is not (IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } or IInterpolationOperation);
    }

    /// <summary>True for a SELECT that skips a number of rows given at run time: <c>OFFSET @skip</c>, <c>LIMIT @take OFFSET @skip</c>, MySQL's <c>LIMIT @skip, @take</c>.</summary>
    public static bool SkipsVariableRows(string text)
    {
        try
        {
            return Select.IsMatch(text) && VariableOffset.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static void Append(IOperation operation, StringBuilder builder)
    {
        switch (operation)
        {
            case { ConstantValue: { HasValue: true, Value: string constant } }:
                builder.Append(constant);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text })
                    {
                        builder.Append(text);
                    }
                    else if (part is IInterpolationOperation { Expression.ConstantValue: { HasValue: true } value })
                    {
                        builder.Append(value.Value);
                    }
                    else
                    {
                        builder.Append(Hole);
                    }
                }

                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary:
                Append(binary.LeftOperand.WalkDownConversions(), builder);
                Append(binary.RightOperand.WalkDownConversions(), builder);
                return;
            default:
                builder.Append(Hole);
                return;
        }
    }
}
