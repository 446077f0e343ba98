using Skeleton.Domain.Common;

namespace Skeleton.Domain.Catalog;

/// <summary>The catalog's error codes.</summary>
public static class ProductErrors
{
    public const string VersionConflictCode = "catalog.version_conflict";

    public static Error NotFound { get; } = Error.NotFound("catalog.product_not_found", "There is no product with this id.");

    public static Error SkuTaken { get; } = Error.Conflict("catalog.sku_taken", "A product with this sku exists already.");

    public static Error VersionConflict { get; } =
        Error.PreconditionFailed(VersionConflictCode, "The product changed since you read it; read it again and retry with its new ETag.");

    public static Error StockBelowReserved(int stock, int reserved) =>
        Error.Conflict("catalog.stock_below_reserved", $"The stock cannot be {stock}: {reserved} units are reserved for orders.");
}
