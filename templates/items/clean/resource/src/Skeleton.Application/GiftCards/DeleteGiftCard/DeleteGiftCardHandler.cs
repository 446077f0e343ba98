using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Domain.GiftCards;

namespace Skeleton.Application.GiftCards.DeleteGiftCard;

#if RAMPART_ITEM_OWNED
/// <summary>
/// Its owner (or an administrator) removes a gift card (a soft delete); anyone else's is not found. With an expected
/// version a stale one is <see cref="GiftCardErrors.VersionConflict"/>; without one the delete wins.
/// </summary>
#else
/// <summary>
/// Administrators remove a gift card (a soft delete). With an expected version a stale one is
/// <see cref="GiftCardErrors.VersionConflict"/>; without one the delete wins.
/// </summary>
#endif
public sealed class DeleteGiftCardHandler(ICurrentUser user, IGiftCardRepository giftCards, IUnitOfWork unitOfWork)
{
    private const int MaxAttempts = 5;

    public async Task<Result> HandleAsync(DeleteGiftCardCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
#if !RAMPART_ITEM_OWNED
        if (user.RequireAdmin() is { } forbidden)
        {
            return forbidden;
        }

#endif
        for (var attempt = 1; ; attempt++)
        {
#if RAMPART_ITEM_OWNED
            if (await giftCards.FindAsync(command.Id, cancellationToken) is not { } giftCard || !user.IsOwnerOrAdmin(giftCard.OwnerId))
#else
            if (await giftCards.FindAsync(command.Id, cancellationToken) is not { } giftCard)
#endif
            {
                return GiftCardErrors.NotFound;
            }

            if (command.ExpectedVersion is { } expected && giftCard.Version != expected)
            {
                return GiftCardErrors.VersionConflict;
            }

            giftCards.Remove(giftCard);
            try
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return Result.Success();
            }
            catch (ConcurrencyConflictException) when (command.ExpectedVersion is not null)
            {
                return GiftCardErrors.VersionConflict;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Someone else's write committed first; the unit of work forgot the stale copy, so read again.
            }
        }
    }
}
