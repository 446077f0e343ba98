using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rampart.AspNetCore.Data.Pagination;

/// <summary>What a cursor holds: the sort it belongs to and the position (sort key and id) of the last item seen.</summary>
internal sealed record CursorPayload(
    [property: JsonPropertyName("s")] string Sort,
    [property: JsonPropertyName("k")] JsonElement? Key,
    [property: JsonPropertyName("i")] Guid Id)
{
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
