using Skeleton.Core.Catalog;
using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Common;

namespace Skeleton.Core.Tests.Fakes;

/// <summary>Products in a dictionary; a removed product is kept as deleted, as soft delete would.</summary>
internal sealed class InMemoryProductRepository(InMemoryStore store) : IProductRepository
{
    private readonly Dictionary<Guid, Product> _live = [];
    private readonly Dictionary<Guid, Product> _deleted = [];

    public Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(Touch(_live.GetValueOrDefault(id)));

    public Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken, bool includeDeleted = false) =>
        Task.FromResult<IReadOnlyList<Product>>(
            [.. ids.Distinct().Select(id => _live.GetValueOrDefault(id) ?? (includeDeleted ? _deleted.GetValueOrDefault(id) : null)).OfType<Product>().Select(p => Touch(p)!)]);

    public Task<Paged<Product>> ListAsync(PageQuery page, CancellationToken cancellationToken) =>
        Task.FromResult(new Paged<Product>([.. _live.Values.OrderByDescending(p => p.Id).Take(page.Limit)], page.Limit, null));

    public void Add(Product product)
    {
        _live[product.Id] = product;
        store.Touch(product);
    }

    public void Remove(Product product)
    {
        _live.Remove(product.Id);
        _deleted[product.Id] = product;
        store.Touch(product);
    }

    private Product? Touch(Product? product)
    {
        if (product is not null)
        {
            store.Touch(product);
        }

        return product;
    }
}
