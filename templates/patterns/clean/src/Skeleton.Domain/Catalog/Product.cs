using Skeleton.Domain.Common;

namespace Skeleton.Domain.Catalog;

/// <summary>
/// A product for sale, with its stock and the units reserved for confirmed orders. Every change goes through a method
/// that checks <see cref="ProductRules"/> first and changes nothing when it says no.
/// </summary>
public sealed class Product : Entity
{
    // For the persistence layer, which rebuilds a product from its row.
    private Product()
    {
    }

    public string Sku { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public decimal Price { get; private set; }

    public int Stock { get; private set; }

    /// <summary>Units held for confirmed orders; never negative, never above <see cref="Stock"/>.</summary>
    public int Reserved { get; private set; }

    /// <summary>Units that can still be reserved.</summary>
    public int Available => Stock - Reserved;

    /// <summary>A new product, or the validation error naming every bad field.</summary>
    public static Result<Product> Create(string? sku, string? name, decimal? price, int? stock)
    {
        var errors = new ProductRules.Violations();
        ProductRules.CheckSku(sku, errors);
        ProductRules.CheckName(name, required: true, errors);
        ProductRules.CheckPrice(price, required: true, errors);
        ProductRules.CheckStock(stock, required: true, errors);
        if (errors.Any)
        {
            return errors.ToError();
        }

        return new Product { Sku = sku!, Name = name!.Trim(), Price = price!.Value, Stock = stock!.Value };
    }

    /// <summary>Applies the fields given (null = unchanged), or says why it cannot; on error nothing changes.</summary>
    public Result Change(string? name, decimal? price, int? stock)
    {
        var errors = new ProductRules.Violations();
        ProductRules.CheckName(name, required: false, errors);
        ProductRules.CheckPrice(price, required: false, errors);
        ProductRules.CheckStock(stock, required: false, errors);
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (stock is { } newStock && newStock < Reserved)
        {
            return ProductErrors.StockBelowReserved(newStock, Reserved);
        }

        Name = name?.Trim() ?? Name;
        Price = price ?? Price;
        Stock = stock ?? Stock;
        return Result.Success();
    }

    /// <summary>Holds <paramref name="quantity"/> units; the caller checked <see cref="Available"/> (see <see cref="StockReservation"/>).</summary>
    public void Reserve(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantity, Available);
        Reserved += quantity;
    }

    /// <summary>Hands reserved units back; never below zero, so a release that arrives twice changes nothing more.</summary>
    public void Release(int quantity) => Reserved = Math.Max(0, Reserved - quantity);
}
