namespace Skeleton.GiftCards;

/// <summary>The gift cards' services.</summary>
internal static class GiftCardsRegistration
{
    public static IServiceCollection AddGiftCards(this IServiceCollection services) => services.AddScoped<GiftCardService>();
}
