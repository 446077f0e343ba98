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
        var hasMore = rows.Count > page.Limit;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new PagedList<TItem>([.. rows.Select(map)], page.Limit, hasMore ? PageQuery.CursorAfter(rows[^1].Id) : null);
    }
}
