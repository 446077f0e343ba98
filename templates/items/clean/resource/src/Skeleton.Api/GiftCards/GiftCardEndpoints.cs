using Skeleton.Application.GiftCards.CreateGiftCard;
using Skeleton.Application.GiftCards.DeleteGiftCard;
using Skeleton.Application.GiftCards.GetGiftCard;
using Skeleton.Application.GiftCards.ListGiftCards;
using Skeleton.Application.GiftCards.UpdateGiftCard;

namespace Skeleton.Api.GiftCards;

#if RAMPART_ITEM_OWNED
/// <summary>
/// The gift cards' routes under <c>/api/v1/gift-cards</c>, one file per endpoint, and the use cases they call: a
/// signed-in user creates gift cards and reads, lists, changes and deletes their own; an administrator sees every one.
/// </summary>
#else
/// <summary>
/// The gift cards' routes under <c>/api/v1/gift-cards</c>, one file per endpoint, and the use cases they call: anyone
/// reads; an administrator creates, changes and deletes.
/// </summary>
#endif
internal static class GiftCardEndpoints
{
    public const string Module = "gift_cards";

    public static IServiceCollection AddGiftCardEndpoints(this IServiceCollection services) =>
        services
            .AddScoped<ListGiftCardsHandler>()
            .AddScoped<GetGiftCardHandler>()
            .AddScoped<CreateGiftCardHandler>()
            .AddScoped<UpdateGiftCardHandler>()
            .AddScoped<DeleteGiftCardHandler>();

    public static IEndpointRouteBuilder MapGiftCardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var giftCards = endpoints.MapGroup("/api/v1/gift-cards");
        giftCards.WithTags("GiftCards").WithModule(Module);
        giftCards.MapListGiftCards();
        giftCards.MapGetGiftCard();
        giftCards.MapCreateGiftCard();
        giftCards.MapUpdateGiftCard();
        giftCards.MapDeleteGiftCard();
        return endpoints;
    }
}
