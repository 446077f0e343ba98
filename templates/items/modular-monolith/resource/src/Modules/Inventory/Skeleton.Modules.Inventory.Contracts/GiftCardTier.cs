using System.Text.Json.Serialization;

namespace Skeleton.Modules.Inventory.Contracts;

/// <summary>
/// The values of a gift card's tier, written in JSON as their snake_case names and stored as text. In the module's
/// Contracts: public (the request bodies carry it) and plain, so its events may carry it too.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<GiftCardTier>))]
public enum GiftCardTier
{
    // <fields:enum-members>
    [JsonStringEnumMemberName("basic")]
    Basic,

    [JsonStringEnumMemberName("premium")]
    Premium,
    // </fields:enum-members>
}
