using Asp.Versioning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Mvc;

namespace Skeleton.Products.V2;

/// <summary>
/// <c>GET /api/v2/products/{id}</c>: the read of version 1's <see cref="Products.ProductsController"/>, shown as a
/// <see cref="ProductV2Response"/> (the price an amount with its currency). Every other route stays in version 1. The same
/// class name in a <c>V2</c> namespace is how API versioning knows both controllers are one resource, so each reports
/// <c>api-supported-versions: 1, 2</c>.
/// </summary>
[ApiController]
[ApiVersion("2")]
[Route("api/v{version:apiVersion}/products")]
[Tags("Catalog")]
public sealed class ProductsController(ProductService products) : ControllerBase
{
    /// <summary>One product with its version as <c>ETag</c>; a deleted one is not found.</summary>
    [HttpGet("{id:guid}", Name = "GetProductV2")]
    [AllowAnonymous]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesResponseType<DataEnvelope<ProductV2Response>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DataEnvelope<ProductV2Response>>> Get(Guid id, CancellationToken cancellationToken) =>
        (await products.FindAsync(id, cancellationToken)).ToActionResult(product =>
        {
            Response.SetVersionETag(product.Version);
            return Ok(new DataEnvelope<ProductV2Response>(ProductV2Response.From(product)));
        });
}
