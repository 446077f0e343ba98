using Skeleton.Core.Common;

namespace Skeleton.Core.Catalog;

/// <summary>The catalog's error codes, as the HTTP contract fixes them.</summary>
public static class CatalogErrors
{
    public static CoreError NotFound { get; } = new("catalog.product_not_found", ErrorKind.NotFound, "There is no product with this id.");

    public static CoreError SkuTaken { get; } = new("catalog.sku_taken", ErrorKind.Conflict, "A product with this sku exists already.");

    public static CoreError VersionConflict { get; } =
        new("catalog.version_conflict", ErrorKind.PreconditionFailed, "The product changed since you read it; read it again and retry.");

    public static CoreError StockBelowReserved(int stock, int reserved) =>
        new("catalog.stock_below_reserved", ErrorKind.Conflict, $"The stock cannot be {stock}: {reserved} units are reserved for orders.");
}
