using System.Text.Json.Serialization;

namespace Skeleton.Domain.GiftCards;

/// <summary>The values of <see cref="GiftCard.Tier"/>, written in JSON as their snake_case names and stored as text.</summary>
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
