using Skeleton.Core.Common;

namespace Skeleton.Core.GiftCards.Ports;

#if RAMPART_ITEM_OWNED
/// <summary>Inbound port: reading gift cards. A caller sees their own; an admin sees every one.</summary>
public interface IFindGiftCards
{
    Task<Result<GiftCard>> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken);

    Task<Paged<GiftCard>> ListAsync(Caller caller, PageQuery page, CancellationToken cancellationToken);
}
#else
/// <summary>Inbound port: reading gift cards, for anyone.</summary>
public interface IFindGiftCards
{
    Task<Result<GiftCard>> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<Paged<GiftCard>> ListAsync(PageQuery page, CancellationToken cancellationToken);
}
#endif
