using Skeleton.Application.Catalog;
using Skeleton.Application.Catalog.Contracts;
using Skeleton.Application.Common;
using Skeleton.Domain.Catalog;

namespace Skeleton.Tests.UseCases.Fakes;

/// <summary>The catalog's ports in memory: products by id, the removed ones kept aside as a soft delete keeps them.</summary>
internal sealed class InMemoryProductRepository(InMemoryUnitOfWork unitOfWork) : IProductRepository, IProductQueries, IProductCatalog
{
    private readonly Dictionary<Guid, Product> _live = [];
    private readonly Dictionary<Guid, Product> _removed = [];

    public Product Seed(string sku, int stock, decimal price = 1m, int reserved = 0)
    {
        var product = Product.Create(sku, sku, price, stock).Value;
        if (reserved > 0)
        {
            product.Reserve(reserved);
        }

        _live[product.Id] = product;
        return product;
    }

    /// <summary>The product as last saved, live or removed.</summary>
    public Product Stored(Guid id) => _live.GetValueOrDefault(id) ?? _removed[id];

    public bool IsRemoved(Guid id) => _removed.ContainsKey(id);

    public void RemoveStored(Guid id)
    {
        _removed[id] = _live[id];
        _live.Remove(id);
    }

    public Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_live.TryGetValue(id, out var product) ? Load(product) : null);

    public Task<IReadOnlyDictionary<Guid, Product>> FindManyAsync(IReadOnlyCollection<Guid> ids, bool includeDeleted, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<Guid, Product> found = ids
            .Select(id => _live.GetValueOrDefault(id) ?? (includeDeleted ? _removed.GetValueOrDefault(id) : null))
            .OfType<Product>()
            .Select(Load)
            .ToDictionary(p => p.Id);
        return Task.FromResult(found);
    }

    public void Add(Product product) => unitOfWork.Enlist(product, () => _live[product.Id] = product);

    public void Remove(Product product) => unitOfWork.Enlist(product, () =>
    {
        _live.Remove(product.Id);
        _removed[product.Id] = product;
    });

    public Task<ProductDto?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_live.GetValueOrDefault(id) is { } product ? ProductDto.From(product) : null);

    public Task<PagedList<ProductDto>> ListAsync(PageQuery page, CancellationToken cancellationToken) =>
        Task.FromResult(new PagedList<ProductDto>([.. _live.Values.OrderByDescending(p => p.Id).Take(page.Limit).Select(ProductDto.From)], page.Limit, null));

    public Task<IReadOnlyDictionary<Guid, decimal>> GetPricesAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<Guid, decimal> prices = productIds.Distinct().Where(_live.ContainsKey).ToDictionary(id => id, id => _live[id].Price);
        return Task.FromResult(prices);
    }

    private Product Load(Product stored)
    {
        var copy = WorkingCopy.Of(stored);
        unitOfWork.Enlist(copy, () =>
        {
            if (_live.ContainsKey(copy.Id))
            {
                _live[copy.Id] = copy;
            }
            else
            {
                _removed[copy.Id] = copy;
            }
        });
        return copy;
    }
}
