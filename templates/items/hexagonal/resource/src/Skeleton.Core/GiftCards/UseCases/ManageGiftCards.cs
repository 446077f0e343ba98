using Skeleton.Core.Common;
using Skeleton.Core.GiftCards.Ports;

namespace Skeleton.Core.GiftCards.UseCases;

/// <summary>
/// Creates, changes and deletes gift cards. A version that moved since the caller read it is a conflict; a taken
/// unique value is the store's to judge (a check-then-insert races), reported by the unit of work.
#if RAMPART_ITEM_OWNED
/// Another user's gift card is not found: only its owner and an admin may change it.
#endif
/// </summary>
public sealed class ManageGiftCards(IGiftCardRepository giftCards, IUnitOfWork unitOfWork) : IManageGiftCards
{
    public async Task<Result<GiftCard>> CreateAsync(GiftCard giftCard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(giftCard);
        giftCards.Add(giftCard);
        var committed = await unitOfWork.CommitAsync(GiftCardErrors.VersionConflict, cancellationToken);
        return committed.Error is { } error ? error : giftCard;
    }

#if RAMPART_ITEM_OWNED
    public async Task<Result<GiftCard>> ChangeAsync(Caller caller, Guid id, long expectedVersion, Action<GiftCard> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(change);
        if (await giftCards.FindAsync(id, cancellationToken) is not { } giftCard || !caller.IsOwnerOrAdmin(giftCard.OwnerId))
#else
    public async Task<Result<GiftCard>> ChangeAsync(Guid id, long expectedVersion, Action<GiftCard> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (await giftCards.FindAsync(id, cancellationToken) is not { } giftCard)
#endif
        {
            return GiftCardErrors.NotFound;
        }

        if (giftCard.Version != expectedVersion)
        {
            return GiftCardErrors.VersionConflict;
        }

        change(giftCard);
        var committed = await unitOfWork.CommitAsync(GiftCardErrors.VersionConflict, cancellationToken);
        return committed.Error is { } error ? error : giftCard;
    }

#if RAMPART_ITEM_OWNED
    public async Task<Result> DeleteAsync(Caller caller, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await giftCards.FindAsync(id, cancellationToken) is not { } giftCard || !caller.IsOwnerOrAdmin(giftCard.OwnerId))
#else
    public async Task<Result> DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        if (await giftCards.FindAsync(id, cancellationToken) is not { } giftCard)
#endif
        {
            return GiftCardErrors.NotFound;
        }

        if (expectedVersion is { } expected && giftCard.Version != expected)
        {
            return GiftCardErrors.VersionConflict;
        }

        giftCards.Remove(giftCard);
        return await unitOfWork.CommitAsync(GiftCardErrors.VersionConflict, cancellationToken);
    }
}
