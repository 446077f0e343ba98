using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rampart.AspNetCore.Data.Pagination;

/// <summary>What a cursor holds: the sort it belongs to and the position (sort key and id) of the last item seen.</summary>
internal sealed record CursorPayload(
    [property: JsonPropertyName("s")] string Sort,
    [property: JsonPropertyName("k")] JsonElement? Key,
    [property: JsonPropertyName("i")] Guid Id)
{
    /// <summary>The default order's sort: UUIDv7 id, newest first.</summary>
    public const string IdSort = "id:desc";

    /// <summary>The payload of a cursor issued for <paramref name="sort"/>; any other throws the 400 of a bad cursor.</summary>
    public static CursorPayload ReadFor(byte[] payload, string sort) =>
        Read(payload) is { } cursor && cursor.Sort == sort ? cursor : throw PageRequest.InvalidCursor();

    public static CursorPayload? Read(byte[] payload)
    {
        try
        {
            return JsonSerializer.Deserialize<CursorPayload>(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public byte[] Write() => JsonSerializer.SerializeToUtf8Bytes(this);
}
