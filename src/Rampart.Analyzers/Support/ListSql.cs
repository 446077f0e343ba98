using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>SQL passed to a list query (Dapper's <c>Query</c>), read for whether it can return a whole table.</summary>
internal static class ListSql
{
    private static readonly Regex Bounded = new(@"\b(LIMIT|TOP|FETCH|ROWNUM)\b|\bCOUNT\s*\(|\bSUM\s*\(|\bMAX\s*\(|\bMIN\s*\(|\bEXISTS\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    // Any WHERE narrows the rows (a request value, or a work-queue state such as "ProcessedDate IS NULL").
    private static readonly Regex ScopedByParameter = new(@"\bWHERE\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    /// <summary>The SQL, shortened for a message, when it selects rows with no limit, aggregate or WHERE; otherwise null.</summary>
    public static string? Unbounded(IOperation sqlArgument)
    {
        if (SqlOf(sqlArgument) is not { } sql)
        {
            return null;
        }

        try
        {
            return Regex.IsMatch(sql, @"\bSELECT\b", RegexOptions.IgnoreCase) && !Bounded.IsMatch(sql) && !ScopedByParameter.IsMatch(sql) ? Shorten(sql) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string? SqlOf(IOperation argument)
    {
        var value = argument.WalkDownConversions();
        if (value is ILocalReferenceOperation local && value.EnclosingFunction() is { } function)
        {
            var initializers = function.Descendants().OfType<IVariableDeclaratorOperation>()
                .Where(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local)).Select(d => d.Initializer?.Value).ToList();
            if (initializers.Count != 1 || initializers[0] is null)
            {
                return null;
            }

            value = initializers[0]!.WalkDownConversions();
        }

        return value.ConstantValue.HasValue || value is IInterpolatedStringOperation or IBinaryOperation ? SqlText.Flatten(value) : null;
    }

    private static string Shorten(string sql)
    {
        var single = Regex.Replace(sql.Replace(SqlText.Hole, '?'), @"\s+", " ").Trim();
        return single.Length <= 60 ? single : single.Substring(0, 57) + "...";
    }
}
