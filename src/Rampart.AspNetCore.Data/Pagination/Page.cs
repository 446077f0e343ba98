using System.ComponentModel;
using Rampart.AspNetCore.Envelopes;

namespace Rampart.AspNetCore.Data.Pagination;

/// <summary>One page of a keyset-paginated query.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items, in the query's stable order.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="NextCursor">The cursor of the next page; null on the last page.</param>
/// <remarks>Immutable, as the envelopes are: a cached page is served as the stored instance, not a deserialised copy.</remarks>
[ImmutableObject(true)]
public sealed record Page<T>(IReadOnlyList<T> Items, int Limit, string? NextCursor)
{
    /// <summary>
    /// The page as the contract's success envelope, each item mapped to its response schema:
    /// <c>{"data": [...], "meta": {"limit": n, "nextCursor": ...}}</c>.
    /// </summary>
    public PageEnvelope<TOut> ToEnvelope<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new PageEnvelope<TOut>([.. Items.Select(map)], new PageMeta(Limit, NextCursor));
    }
}
