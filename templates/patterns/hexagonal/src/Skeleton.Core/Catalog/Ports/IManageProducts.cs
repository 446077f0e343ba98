using Skeleton.Core.Common;

namespace Skeleton.Core.Catalog.Ports;

/// <summary>Inbound port: what an administrator does to the catalog. Callers are checked for the admin role at the edge.</summary>
public interface IManageProducts
{
    Task<Result<Product>> CreateAsync(string? sku, string? name, decimal? price, int? stock, CancellationToken cancellationToken);

    /// <summary>Changes the given fields of a product whose version is still <paramref name="expectedVersion"/>.</summary>
    Task<Result<Product>> ChangeAsync(Guid id, long expectedVersion, string? name, decimal? price, int? stock, CancellationToken cancellationToken);

    /// <summary>Deletes (softly) a product; with <paramref name="expectedVersion"/> only while it is still that version.</summary>
    Task<Result> DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken);
}
