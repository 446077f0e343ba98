using Skeleton.Features.GiftCards.CreateGiftCard;
using Skeleton.Features.GiftCards.DeleteGiftCard;
using Skeleton.Features.GiftCards.GetGiftCard;
using Skeleton.Features.GiftCards.ListGiftCards;
using Skeleton.Features.GiftCards.UpdateGiftCard;

namespace Skeleton.Features.GiftCards;

#if RAMPART_ITEM_OWNED
/// <summary>
/// Gift cards under <c>/api/v1/gift-cards</c>: a signed-in user creates them and reads, lists, changes (with
/// <c>If-Match</c>) and deletes their own; anyone else's is not found; an admin sees every one. One slice per use case.
/// </summary>
#else
/// <summary>
/// Gift cards under <c>/api/v1/gift-cards</c>: anyone reads; an admin creates, changes (with <c>If-Match</c>) and
/// deletes. One slice per use case.
/// </summary>
#endif
internal static class GiftCardsFeature
{
    public const string Name = "gift_cards";

    public static IEndpointRouteBuilder MapGiftCards(this IEndpointRouteBuilder endpoints)
    {
        var giftCards = endpoints.MapGroup("/api/v1/gift-cards");
        giftCards.WithTags("GiftCards").WithModule(Name);
        giftCards.MapListGiftCards();
        giftCards.MapGetGiftCard();
        giftCards.MapCreateGiftCard();
        giftCards.MapUpdateGiftCard();
        giftCards.MapDeleteGiftCard();
        return endpoints;
    }
}
