using System.Buffers.Text;
using Skeleton.Domain.Common;

namespace Skeleton.Application.Common;

/// <summary>
/// A page of a list, newest first: at most <see cref="Limit"/> items, starting after the item whose id is
/// <see cref="After"/> (ids are UUIDv7, so id order is creation order). The cursor is that id, base64url-encoded: it
/// only says where to continue, and every list still shows only what the caller may see.
/// </summary>
public sealed record PageQuery(int Limit, Guid? After)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const string InvalidLimitCode = "pagination.invalid_limit";
    public const string InvalidCursorCode = "pagination.invalid_cursor";

    /// <summary>The page asked for by <c>?limit=&amp;cursor=</c>, or the validation error naming the bad one.</summary>
    public static Result<PageQuery> Create(int? limit, string? cursor)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Error.Validation(InvalidLimitCode, "limit is out of range.", Field("limit", $"limit must be a whole number from 1 to {MaxLimit}."));
        }

        Guid? after = null;
        if (cursor is not null)
        {
            Span<byte> bytes = stackalloc byte[16];
            if (!Base64Url.IsValid(cursor, out var length) || length != 16 || Base64Url.DecodeFromChars(cursor, bytes) != 16)
            {
                return Error.Validation(InvalidCursorCode, "cursor is not valid.", Field("cursor", "cursor is not one this service issued; start again without it."));
            }

            after = new Guid(bytes, bigEndian: true);
        }

        return new PageQuery(limit ?? DefaultLimit, after);
    }

    /// <summary>The cursor that continues after <paramref name="lastId"/>.</summary>
    public static string CursorAfter(Guid lastId)
    {
        Span<byte> bytes = stackalloc byte[16];
        lastId.TryWriteBytes(bytes, bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    private static Dictionary<string, string[]> Field(string name, string message) => new(StringComparer.Ordinal) { [name] = [message] };
}
