using Skeleton.Domain.GiftCards;

namespace Skeleton.Application.GiftCards;

/// <summary>The gift cards the use cases change; what they load is saved by <c>IUnitOfWork</c>.</summary>
public interface IGiftCardRepository
{
    // <fields:unique-keys>
    /// <summary>The unique key a second live gift card with the same code violates (<c>DuplicateKeyException.Key</c>).</summary>
    const string CodeKey = "ux_gift_cards_code";
    // </fields:unique-keys>

    /// <summary>The live gift card with this id, or null.</summary>
    Task<GiftCard?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(GiftCard giftCard);

    /// <summary>Removes it (a soft delete: hidden from every query).</summary>
    void Remove(GiftCard giftCard);
}
