using Skeleton.Core.Common;

namespace Skeleton.Core.GiftCards;

/// <summary>
/// A gift card, as the core knows it: its fields, and the id (UUIDv7), version and timestamps every aggregate carries.
/// The fields' rules are checked at the gate (the HTTP adapter's requests, with <see cref="TextMaxLength"/> from here)
/// and again by the database's constraints; who may see and change it is the use cases' rule.
/// </summary>
public sealed class GiftCard : Aggregate
{
    /// <summary>The longest text a text field holds: the requests' limit and the column's length.</summary>
    public const int TextMaxLength = 200;

#if RAMPART_ITEM_OWNED
    /// <summary>The user who created it: only they (and an admin) see and change it.</summary>
    public Guid OwnerId { get; init; }

#endif
    // <fields:entity-properties>
    public required string Title { get; set; }

    public string? Code { get; set; }

    public decimal Amount { get; set; }

    public int Uses { get; set; }

    public GiftCardTier Tier { get; set; }
    // </fields:entity-properties>
}
