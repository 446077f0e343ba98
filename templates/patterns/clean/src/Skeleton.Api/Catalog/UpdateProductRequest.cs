using System.ComponentModel.DataAnnotations;
using Skeleton.Domain.Catalog;

namespace Skeleton.Api.Catalog;

/// <summary>
/// The body of <c>PATCH /api/v1/products/{id}</c>: the fields to change; absent or null ones stay. Validated at the gate;
/// <see cref="Product.Change"/> holds the same rules as the domain's invariants.
/// Public because the .NET 10 validation source generator only picks up public request types.
/// </summary>
public sealed class UpdateProductRequest
{
    [StringLength(ProductRules.NameMaxLength, MinimumLength = 1)]
    public string? Name { get; init; }

    [Range(typeof(decimal), ProductRules.PriceMinText, ProductRules.PriceMaxText, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? Price { get; init; }

    [Range(0, int.MaxValue)]
    public int? Stock { get; init; }
}
