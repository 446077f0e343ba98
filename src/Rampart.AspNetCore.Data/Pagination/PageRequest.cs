using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data.Mvc;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data.Pagination;

/// <summary>
/// The <c>limit</c> and <c>cursor</c> of a list request, checked when bound: a limit outside 1…max or a malformed
/// or forged cursor is a 400 problem before the handler runs. Take it as an endpoint parameter or a controller action
/// parameter (its model binder applies the same rules).
/// </summary>
[ModelBinder(typeof(PageRequestModelBinder))]
public sealed class PageRequest
{
    /// <summary>Error code of a bad <c>limit</c>.</summary>
    public const string InvalidLimitCode = "pagination.invalid_limit";

    /// <summary>Error code of a malformed, forged or foreign <c>cursor</c>.</summary>
    public const string InvalidCursorCode = "pagination.invalid_cursor";

    internal PageRequest(int limit, string? cursor, byte[]? payload, CursorProtector protector)
    {
        Limit = limit;
        Cursor = cursor;
        Payload = payload;
        Protector = protector;
    }

    /// <summary>The page size asked for (the default when none was given).</summary>
    public int Limit { get; }

    /// <summary>The cursor as sent, or null for the first page.</summary>
    public string? Cursor { get; }

    internal byte[]? Payload { get; }

    internal CursorProtector Protector { get; }

    /// <summary>
    /// For a page read with hand-written SQL in the default order (id descending, as
    /// <see cref="CursorPaginationQueryableExtensions.ToPageAsync{T}(IQueryable{T}, PageRequest, CancellationToken)"/>):
    /// the id the page starts after, or null for the first page. A cursor issued for another sort throws the same
    /// exception binding throws, answered 400 <c>pagination.invalid_cursor</c>. Read <see cref="Limit"/> + 1 rows
    /// <c>WHERE id &lt; $after ORDER BY id DESC</c> and turn them into the page with <see cref="ToPage{T}"/>.
    /// </summary>
    public Guid? AfterId() => Payload is { } bytes ? CursorPayload.ReadFor(bytes, CursorPayload.IdSort).Id : null;

    /// <summary>
    /// The page of <paramref name="rows"/>: up to <see cref="Limit"/> + 1 rows in the default order (id descending), the
    /// extra one only telling that a next page exists; its cursor points after the last row kept.
    /// </summary>
    public Page<T> ToPage<T>(List<T> rows, Func<T, Guid> idOf)
    {
        ArgumentNullException.ThrowIfNull(idOf);
        return ToPageAt(rows, item => new CursorPayload(CursorPayload.IdSort, null, idOf(item)));
    }

    internal Page<T> ToPageAt<T>(List<T> rows, Func<T, CursorPayload> position)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string CursorOf(T item) => Protector.Protect(position(item).Write());
        if (rows.Count <= Limit)
        {
            return new Page<T>(rows, Limit, null) { CursorOf = CursorOf };
        }

        rows.RemoveRange(Limit, rows.Count - Limit);
        return new Page<T>(rows, Limit, CursorOf(rows[^1])) { CursorOf = CursorOf };
    }

    /// <summary>Binds and checks <c>limit</c> and <c>cursor</c> from the query string.</summary>
    public static ValueTask<PageRequest?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<CursorPaginationOptions>>().Value;
        var query = context.Request.Query;

        var limit = options.DefaultLimit;
        if (query.TryGetValue("limit", out var rawLimit)
            && (rawLimit.Count != 1 || !int.TryParse(rawLimit[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit)
                || limit < 1 || limit > options.MaxLimit))
        {
            throw InvalidLimit(options);
        }

        string? cursor = null;
        if (query.TryGetValue("cursor", out var rawCursor))
        {
            cursor = rawCursor.Count == 1 ? rawCursor[0] : throw InvalidCursor();
        }

        return ValueTask.FromResult<PageRequest?>(Checked(options, services.GetRequiredService<CursorProtector>(), limit, cursor));
    }

    /// <summary>
    /// The same checks as binding, for a <paramref name="limit"/> and <paramref name="cursor"/> that crossed a boundary as
    /// plain values (a ports-and-adapters core passes them from the HTTP adapter to the persistence adapter). A bad value
    /// throws the same exception binding does, which the edge answers 400.
    /// </summary>
    public static PageRequest Create(IServiceProvider services, int limit, string? cursor)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Checked(services.GetRequiredService<IOptions<CursorPaginationOptions>>().Value, services.GetRequiredService<CursorProtector>(), limit, cursor);
    }

    private static PageRequest Checked(CursorPaginationOptions options, CursorProtector protector, int limit, string? cursor)
    {
        if (limit < 1 || limit > options.MaxLimit)
        {
            throw InvalidLimit(options);
        }

        byte[]? payload = null;
        if (cursor is not null && !protector.TryUnprotect(cursor, out payload))
        {
            throw InvalidCursor();
        }

        return new PageRequest(limit, cursor, payload, protector);
    }

    private static RejectedRequestException InvalidLimit(CursorPaginationOptions options) =>
        new(Error.Validation(InvalidLimitCode, "limit", $"limit must be a whole number from 1 to {options.MaxLimit}."));

    internal static RejectedRequestException InvalidCursor() =>
        new(Error.Validation(InvalidCursorCode, "cursor", "cursor is not one this service issued; start again without it."));
}
