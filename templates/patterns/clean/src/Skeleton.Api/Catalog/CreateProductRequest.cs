using System.ComponentModel.DataAnnotations;
using Skeleton.Domain.Catalog;

namespace Skeleton.Api.Catalog;

/// <summary>
/// The body of <c>POST /api/v1/products</c>, validated at the gate (400 with field errors before the use case runs);
/// <see cref="Product.Create"/> holds the same rules as the domain's invariants.
/// Public because the .NET 10 validation source generator only picks up public request types.
/// </summary>
public sealed class CreateProductRequest
{
    [Required]
    [StringLength(ProductRules.SkuMaxLength, MinimumLength = 1)]
    [RegularExpression(ProductRules.SkuPatternText, ErrorMessage = ProductRules.SkuMessage)]
    public string? Sku { get; init; }

    [Required]
    [StringLength(ProductRules.NameMaxLength)]
    public string? Name { get; init; }

    [Required]
    [Range(typeof(decimal), ProductRules.PriceMinText, ProductRules.PriceMaxText, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? Price { get; init; }

    [Required]
    [Range(0, int.MaxValue)]
    public int? Stock { get; init; }
}
