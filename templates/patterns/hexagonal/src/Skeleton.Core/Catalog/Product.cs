using Skeleton.Core.Common;

namespace Skeleton.Core.Catalog;

/// <summary>
/// A product for sale, with the stock it holds for orders. The rules on sku, name, price and stock live in
/// <see cref="ProductRules"/> and are checked before any change is applied.
/// </summary>
public sealed class Product : Aggregate
{
    public required string Sku { get; init; }

    public required string Name { get; set; }

    public decimal Price { get; set; }

    public int Stock { get; set; }

    /// <summary>Units held for confirmed orders; never negative, never above <see cref="Stock"/>.</summary>
    public int Reserved { get; set; }

    /// <summary>Units that can still be ordered.</summary>
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
            return CatalogErrors.StockBelowReserved(newStock, Reserved);
        }

        Name = name?.Trim() ?? Name;
        Price = price ?? Price;
        Stock = stock ?? Stock;
        return Result.Success();
    }
}
