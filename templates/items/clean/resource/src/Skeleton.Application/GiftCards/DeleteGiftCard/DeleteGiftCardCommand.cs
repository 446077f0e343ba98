namespace Skeleton.Application.GiftCards.DeleteGiftCard;

/// <summary>Remove the gift card; with <paramref name="ExpectedVersion"/> only if it is still at that version.</summary>
public sealed record DeleteGiftCardCommand(Guid Id, long? ExpectedVersion);
