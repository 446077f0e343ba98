using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.FeatureFlags;
using Rampart.AspNetCore.Mvc;

namespace Skeleton.Products;

/// <summary>
/// <c>GET /api/v1/products/{id}/availability</c>: how many units can still be ordered. Behind the flag
/// <see cref="Feature"/>: while it is off for the caller the address answers the 404 of an unknown route. By default
/// (appsettings.json) it is on for admins only; the README says how to roll it out.
/// </summary>
[ApiController]
[Route("api/v1/products")]
[Tags("Catalog")]
[RequireFeature(Feature)]
public sealed class ProductAvailabilityController(ProductService products) : ControllerBase
{
    /// <summary>The flag in the <c>FeatureManagement</c> section.</summary>
    public const string Feature = "Catalog.Availability";

    /// <summary>Stock not held for orders; a deleted product is not found.</summary>
    [HttpGet("{id:guid}/availability", Name = "GetProductAvailability")]
    [AllowAnonymous]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesResponseType<DataEnvelope<ProductAvailabilityResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DataEnvelope<ProductAvailabilityResponse>>> Get(Guid id, CancellationToken cancellationToken) =>
        (await products.FindAsync(id, cancellationToken))
            .ToActionResult(product => Ok(new DataEnvelope<ProductAvailabilityResponse>(ProductAvailabilityResponse.From(product))));
}
