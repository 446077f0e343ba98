using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data.Entities;
using Rampart.AspNetCore.Data.Pagination;

namespace Rampart.AspNetCore.Data;

/// <summary>
/// Keyset (cursor) pagination over a stable order: the next page starts strictly after the last row seen, so a page
/// deep in a large table costs one index seek, like the first. No OFFSET is ever issued.
/// </summary>
public static class CursorPaginationQueryableExtensions
{
    private const string IdSort = "id:desc";

    // A caller's key selector is a new expression tree on every call; the usual one (e => e.Member) is cached by its
    // member so a request neither compiles it nor prints it again.
    private static readonly ConcurrentDictionary<(Type Entity, MemberInfo Member, bool Descending), (string Sort, Delegate Read)> SortKeys = new();

    /// <summary>A page in the default order: id descending (UUIDv7, so newest first).</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken = default)
        where T : class, IEntity
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        var ordered = query.OrderByDescending(e => EF.Property<Guid>(e, nameof(IEntity.Id)));
        if (request.Payload is { } bytes)
        {
            var cursor = Read(bytes, IdSort);
            var after = new Holder<Guid>(cursor.Id);
            ordered = (IOrderedQueryable<T>)ordered.Where(e => EF.Property<Guid>(e, nameof(IEntity.Id)).CompareTo(after.Value) < 0);
        }

        return await FetchAsync(ordered, request, item => new CursorPayload(IdSort, null, item.Id), cancellationToken);
    }

    /// <summary>
    /// A page ordered by <paramref name="sortKey"/> then id as the tiebreaker, both descending or both ascending.
    /// Back it with an index on (key, id) in that order; the position is compared as a row value.
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T, TKey>(
        this IQueryable<T> query, PageRequest request, Expression<Func<T, TKey>> sortKey, bool descending = true,
        CancellationToken cancellationToken = default)
        where T : class, IEntity
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sortKey);
        var (sort, readKey) = SortKeyOf(sortKey, descending);
        var ordered = descending
            ? query.OrderByDescending(sortKey).ThenByDescending(e => EF.Property<Guid>(e, nameof(IEntity.Id)))
            : query.OrderBy(sortKey).ThenBy(e => EF.Property<Guid>(e, nameof(IEntity.Id)));
        if (request.Payload is { } bytes)
        {
            var cursor = Read(bytes, sort);
            TKey key;
            try
            {
                key = cursor.Key is { } element ? element.Deserialize<TKey>()! : throw PageRequest.InvalidCursor();
            }
            catch (JsonException)
            {
                throw PageRequest.InvalidCursor();
            }

            ordered = (IOrderedQueryable<T>)ordered.Where(After(sortKey, key, cursor.Id, descending));
        }

        return await FetchAsync(
            ordered, request, item => new CursorPayload(sort, JsonSerializer.SerializeToElement(readKey(item)), item.Id), cancellationToken);
    }

    private static async Task<Page<T>> FetchAsync<T>(
        IQueryable<T> ordered, PageRequest request, Func<T, CursorPayload> position, CancellationToken cancellationToken)
    {
        var rows = await ordered.Take(request.Limit + 1).ToListAsync(cancellationToken);
        string CursorOf(T item) => request.Protector.Protect(position(item).Write());
        if (rows.Count <= request.Limit)
        {
            return new Page<T>(rows, request.Limit, null) { CursorOf = CursorOf };
        }

        rows.RemoveAt(rows.Count - 1);
        return new Page<T>(rows, request.Limit, CursorOf(rows[^1])) { CursorOf = CursorOf };
    }

    private static (string Sort, Func<T, TKey> Read) SortKeyOf<T, TKey>(Expression<Func<T, TKey>> sortKey, bool descending)
    {
        if (sortKey.Body is MemberExpression { Expression: ParameterExpression } member)
        {
            var cached = SortKeys.GetOrAdd(
                (typeof(T), member.Member, descending),
                static (key, selector) => (Describe(key.Member.Name, key.Descending), selector.Compile()),
                sortKey);
            return (cached.Sort, (Func<T, TKey>)cached.Read);
        }

        return (Describe(sortKey.Body.ToString(), descending), sortKey.Compile());
    }

    // The sort a cursor was issued for; a cursor presented to another sort is refused.
    private static string Describe(string key, bool descending) => $"{key}:{(descending ? "desc" : "asc")}";

    private static CursorPayload Read(byte[] bytes, string sort) =>
        CursorPayload.Read(bytes) is { } cursor && cursor.Sort == sort ? cursor : throw PageRequest.InvalidCursor();

    // (key, id) < (@key, @id) as a PostgreSQL row comparison, which an index on (key, id) serves as an index condition.
    private static Expression<Func<T, bool>> After<T, TKey>(Expression<Func<T, TKey>> sortKey, TKey key, Guid id, bool descending)
    {
        var entity = sortKey.Parameters[0];
        var position = new Holder<(TKey Key, Guid Id)>((key, id));
        var value = Expression.Property(Expression.Constant(position), nameof(Holder<int>.Value));
        var row = Expression.Call(
            typeof(ValueTuple), nameof(ValueTuple.Create), [typeof(TKey), typeof(Guid)],
            sortKey.Body,
            Expression.Call(typeof(EF), nameof(EF.Property), [typeof(Guid)], entity, Expression.Constant(nameof(IEntity.Id))));
        var seen = Expression.Call(
            typeof(ValueTuple), nameof(ValueTuple.Create), [typeof(TKey), typeof(Guid)],
            Expression.Field(value, "Item1"), Expression.Field(value, "Item2"));
        var compare = Expression.Call(
            typeof(NpgsqlDbFunctionsExtensions),
            descending ? nameof(NpgsqlDbFunctionsExtensions.LessThan) : nameof(NpgsqlDbFunctionsExtensions.GreaterThan),
            Type.EmptyTypes,
            Expression.Property(null, typeof(EF), nameof(EF.Functions)),
            Expression.Convert(row, typeof(ITuple)),
            Expression.Convert(seen, typeof(ITuple)));
        return Expression.Lambda<Func<T, bool>>(compare, entity);
    }

    private sealed record Holder<TValue>(TValue Value);
}
