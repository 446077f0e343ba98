using System.Text.Json.Serialization;

namespace Skeleton.Core.GiftCards;

/// <summary>
/// The values of <see cref="GiftCard.Tier"/>, written in JSON as their snake_case names and stored as text (the
/// attributes come from the base library, so the core still references no package).
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
