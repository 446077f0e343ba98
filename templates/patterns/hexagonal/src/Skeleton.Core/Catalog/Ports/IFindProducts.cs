using Skeleton.Core.Common;

namespace Skeleton.Core.Catalog.Ports;

/// <summary>Inbound port: reading the catalog, for anyone.</summary>
public interface IFindProducts
{
    Task<Result<Product>> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<Paged<Product>> ListAsync(PageQuery page, CancellationToken cancellationToken);
}
