using Rampart.AspNetCore.Data.Entities;

namespace Skeleton.Features.GiftCards;

/// <summary>
/// A gift card. Id (UUIDv7), version, timestamps and soft delete follow Rampart's entity conventions; the fields' rules
/// are checked at the gate (the create and update slices' requests) and again by the database's constraints
/// (<see cref="GiftCardConfiguration"/>).
/// </summary>
internal sealed class GiftCard : Entity
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
