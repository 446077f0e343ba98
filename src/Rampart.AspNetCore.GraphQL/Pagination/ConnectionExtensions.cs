using System.Globalization;
using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.GraphQL.Errors;

namespace Rampart.AspNetCore.GraphQL.Pagination;

/// <summary>
/// Relay connections (<c>first</c>, <c>after</c>, <c>edges { cursor node }</c>, <c>pageInfo</c>) over the cursor
/// pagination block: the same signed keyset cursors and stable order as the REST lists, <c>first</c> capped by
/// <c>Rampart:GraphQL:MaxPageSize</c>.
/// </summary>
public static class ConnectionExtensions
{
    /// <summary>
    /// The checked page request of a connection field: <c>first</c> (default <c>Rampart:Pagination:DefaultLimit</c>, at
    /// most <c>MaxPageSize</c>) and <c>after</c>. A bad <c>first</c> or a forged <c>after</c> throws the same codes as the
    /// REST <c>limit</c> and <c>cursor</c> (<c>pagination.invalid_limit</c>, <c>pagination.invalid_cursor</c>).
    /// </summary>
    public static PageRequest ToPageRequest<TSource>(this IResolveConnectionContext<TSource> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices ?? throw new InvalidOperationException("The connection needs the request's services.");
        var maxPageSize = services.GetRequiredService<IOptions<RampartGraphQLOptions>>().Value.MaxPageSize;
        var first = context.First ?? Math.Min(services.GetRequiredService<IOptions<CursorPaginationOptions>>().Value.DefaultLimit, maxPageSize);
        if (first < 1 || first > maxPageSize)
        {
            throw InvalidFirst(maxPageSize);
        }

        try
        {
            return PageRequest.Create(services, first, context.After);
        }
        catch (RejectedRequestException rejected) when (rejected.Error.Code == PageRequest.InvalidCursorCode)
        {
            throw new RampartExecutionError(Error.Validation(PageRequest.InvalidCursorCode, "after", "after is not a cursor this service issued; start again without it."));
        }
        catch (RejectedRequestException)
        {
            // MaxPageSize is above Rampart:Pagination:MaxLimit: the smaller of the two is the cap.
            throw InvalidFirst(services.GetRequiredService<IOptions<CursorPaginationOptions>>().Value.MaxLimit);
        }
    }

    /// <summary>
    /// The page as a Relay connection: an edge per item with the cursor that continues after it, and
    /// <c>pageInfo.hasNextPage</c>/<c>endCursor</c> from the page. Pages only go forward, so <c>hasPreviousPage</c> is false
    /// and no total count is computed (it would cost a COUNT over the whole table).
    /// </summary>
    public static Connection<TNode> ToConnection<T, TNode>(this Page<T> page, Func<T, TNode> map)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(map);
        var edges = new List<Edge<TNode>>(page.Items.Count);
        for (var i = 0; i < page.Items.Count; i++)
        {
            edges.Add(new Edge<TNode> { Node = map(page.Items[i]), Cursor = page.CursorAt(i) });
        }

        return new Connection<TNode>
        {
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = page.NextCursor is not null,
                HasPreviousPage = false,
                StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
                EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
            },
        };
    }

    private static RampartExecutionError InvalidFirst(int max) => new(Error.Validation(
        PageRequest.InvalidLimitCode, "first", string.Create(CultureInfo.InvariantCulture, $"first must be a whole number from 1 to {max}.")));
}
