using Skeleton.Core.Common;

namespace Skeleton.Core.GiftCards.Ports;

#if RAMPART_ITEM_OWNED
/// <summary>Inbound port: creating, changing and deleting gift cards. A caller changes their own; an admin every one.</summary>
public interface IManageGiftCards
{
    /// <summary>Stores a new gift card (its owner is the caller who made it).</summary>
    Task<Result<GiftCard>> CreateAsync(GiftCard giftCard, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/> to a gift card the caller may change, while it is still <paramref name="expectedVersion"/>.</summary>
    Task<Result<GiftCard>> ChangeAsync(Caller caller, Guid id, long expectedVersion, Action<GiftCard> change, CancellationToken cancellationToken);

    /// <summary>Deletes (softly) a gift card the caller may change; with <paramref name="expectedVersion"/> only while it is still that version.</summary>
    Task<Result> DeleteAsync(Caller caller, Guid id, long? expectedVersion, CancellationToken cancellationToken);
}
#else
/// <summary>Inbound port: what an administrator does to gift cards. Callers are checked for the admin role at the edge.</summary>
public interface IManageGiftCards
{
    /// <summary>Stores a new gift card.</summary>
    Task<Result<GiftCard>> CreateAsync(GiftCard giftCard, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/> to a gift card while it is still <paramref name="expectedVersion"/>.</summary>
    Task<Result<GiftCard>> ChangeAsync(Guid id, long expectedVersion, Action<GiftCard> change, CancellationToken cancellationToken);

    /// <summary>Deletes (softly) a gift card; with <paramref name="expectedVersion"/> only while it is still that version.</summary>
    Task<Result> DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken);
}
#endif
