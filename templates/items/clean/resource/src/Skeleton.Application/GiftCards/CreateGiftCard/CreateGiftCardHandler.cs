using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Domain.GiftCards;

namespace Skeleton.Application.GiftCards.CreateGiftCard;

#if RAMPART_ITEM_OWNED
/// <summary>A signed-in user creates a gift card, which is theirs.</summary>
#else
/// <summary>Administrators create gift cards.</summary>
#endif
public sealed class CreateGiftCardHandler(ICurrentUser user, IGiftCardRepository giftCards, IUnitOfWork unitOfWork)
{
    public async Task<Result<GiftCardDto>> HandleAsync(CreateGiftCardCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
#if !RAMPART_ITEM_OWNED
        if (user.RequireAdmin() is { } forbidden)
        {
            return forbidden;
        }

#endif
        var created = GiftCard.Create(
#if RAMPART_ITEM_OWNED
            user.RequireId(),
#endif
            // <fields:command-arguments>
            command.Title,
            command.Code,
            command.Amount,
            command.Uses,
            command.Tier);
            // </fields:command-arguments>
        if (created.Error is { } invalid)
        {
            return invalid;
        }

        giftCards.Add(created.Value);
#if RAMPART_ITEM_UNIQUE
        try
        {
            // The database's unique index decides, so two concurrent creates of one value cannot both win.
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        // <fields:unique-key-catches>
        catch (DuplicateKeyException ex) when (ex.Key == IGiftCardRepository.CodeKey)
        {
            return GiftCardErrors.CodeTaken;
        }
        // </fields:unique-key-catches>
#else
        await unitOfWork.SaveChangesAsync(cancellationToken);
#endif

        return GiftCardDto.From(created.Value);
    }
}
