using Microsoft.EntityFrameworkCore;
using Skeleton.Application.Common;
using Skeleton.Domain.Common;

namespace Skeleton.Infrastructure.Persistence;

/// <summary>
/// Keyset pagination over the UUIDv7 id, newest first: the next page starts strictly after the last id seen, so a page
/// deep in a large table costs one index seek, like the first. No OFFSET is ever issued.
/// </summary>
internal static class PagingQueryableExtensions
{
    public static async Task<PagedList<TItem>> ToPagedListAsync<TEntity, TItem>(
        this IQueryable<TEntity> query, PageQuery page, Func<TEntity, TItem> map, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.After is { } after)
        {
            query = query.Where(e => e.Id.CompareTo(after) < 0);
        }

        // One row more than asked says whether there is a next page, without a COUNT.
        var rows = await query.OrderByDescending(e => e.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        return rows.ToPagedList(page, e => e.Id, map);
    }

    /// <summary>The page of up to <c>Limit + 1</c> rows read newest first (by any means): the extra row only says another page follows.</summary>
    public static PagedList<TItem> ToPagedList<TRow, TItem>(this List<TRow> rows, PageQuery page, Func<TRow, Guid> idOf, Func<TRow, TItem> map)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(page);
        var hasMore = rows.Count > page.Limit;
        if (hasMore)
        {
            rows.RemoveRange(page.Limit, rows.Count - page.Limit);
        }

        return new PagedList<TItem>([.. rows.Select(map)], page.Limit, hasMore ? PageQuery.CursorAfter(idOf(rows[^1])) : null);
    }
}
