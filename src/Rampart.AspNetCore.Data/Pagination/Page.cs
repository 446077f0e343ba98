namespace Rampart.AspNetCore.Data.Pagination;

/// <summary>One page of a keyset-paginated query.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items, in the query's stable order.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="NextCursor">The cursor of the next page; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Limit, string? NextCursor)
{
    /// <summary>The response body of the contract: <c>{"data": [...], "meta": {"limit": n, "nextCursor": ...}}</c>.</summary>
    public PagedResponse<TOut> ToResponse<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new PagedResponse<TOut>([.. Items.Select(map)], new PageMeta(Limit, NextCursor));
    }
}
