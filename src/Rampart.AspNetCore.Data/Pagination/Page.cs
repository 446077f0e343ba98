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
    // Signs the position of one item on demand: a REST page needs only the last one, a Relay edge needs each.
    internal Func<T, string>? CursorOf { get; init; }

    /// <summary>
    /// The cursor that continues after <see cref="Items"/>[<paramref name="index"/>], signed like <see cref="NextCursor"/>
    /// (a Relay connection gives one to every edge). Null for a page built by hand, except the last item of a page that
    /// has a next one.
    /// </summary>
    public string? CursorAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Items.Count);
        return CursorOf is { } cursorOf ? cursorOf(Items[index]) : index == Items.Count - 1 ? NextCursor : null;
    }

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
