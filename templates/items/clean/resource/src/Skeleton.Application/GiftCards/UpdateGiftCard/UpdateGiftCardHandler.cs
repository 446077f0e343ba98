using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Domain.GiftCards;

namespace Skeleton.Application.GiftCards.UpdateGiftCard;

#if RAMPART_ITEM_OWNED
/// <summary>
/// Its owner (or an administrator) changes a gift card read at a known version; anyone else's is not found. A stale
/// version is <see cref="GiftCardErrors.VersionConflict"/>, also when another write lands between the check and the save.
/// </summary>
#else
/// <summary>
/// Administrators change a gift card read at a known version. A stale version is
/// <see cref="GiftCardErrors.VersionConflict"/>, also when another write lands between the check and the save.
/// </summary>
#endif
public sealed class UpdateGiftCardHandler(ICurrentUser user, IGiftCardRepository giftCards, IUnitOfWork unitOfWork)
{
    public async Task<Result<GiftCardDto>> HandleAsync(UpdateGiftCardCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
#if RAMPART_ITEM_OWNED
        if (await giftCards.FindAsync(command.Id, cancellationToken) is not { } giftCard || !user.IsOwnerOrAdmin(giftCard.OwnerId))
        {
            return GiftCardErrors.NotFound;
        }
#else
        if (user.RequireAdmin() is { } forbidden)
        {
            return forbidden;
        }

        if (await giftCards.FindAsync(command.Id, cancellationToken) is not { } giftCard)
        {
            return GiftCardErrors.NotFound;
        }
#endif

        if (giftCard.Version != command.ExpectedVersion)
        {
            return GiftCardErrors.VersionConflict;
        }

        var changed = giftCard.Change(
            // <fields:command-arguments>
            command.Title,
            command.Code,
            command.Amount,
            command.Uses,
            command.Tier);
            // </fields:command-arguments>
        if (changed.Error is { } invalid)
        {
            return invalid;
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return GiftCardErrors.VersionConflict;
        }
        // <fields:unique-key-catches>
        catch (DuplicateKeyException ex) when (ex.Key == IGiftCardRepository.CodeKey)
        {
            return GiftCardErrors.CodeTaken;
        }
        // </fields:unique-key-catches>

        return GiftCardDto.From(giftCard);
    }
}
