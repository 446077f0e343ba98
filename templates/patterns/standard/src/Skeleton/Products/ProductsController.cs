using Asp.Versioning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Rampart.AspNetCore.Mvc;

namespace Skeleton.Products;

/// <summary>
/// <c>/api/v1/products</c>: anyone reads; an admin creates, changes (with <c>If-Match</c>) and deletes. Thin actions:
/// bind, call <see cref="ProductService"/>, answer. Every read and write sends the version as <c>ETag</c>. Version 2 of
/// the read is <see cref="V2.ProductsController"/>.
/// </summary>
[ApiController]
[ApiVersion("1")]
[Route("api/v{version:apiVersion}/products")]
[Tags("Catalog")]
public sealed class ProductsController(ProductService products) : ControllerBase
{
    /// <summary>Live products, newest first: <c>?limit=</c> (1–100, default 20) and the <c>cursor</c> of the previous page.</summary>
    [HttpGet(Name = "ListProducts")]
    [AllowAnonymous]
    [ProducesResponseType<PageEnvelope<ProductResponse>>(StatusCodes.Status200OK)]
    public async Task<PageEnvelope<ProductResponse>> List(PageRequest page, CancellationToken cancellationToken) =>
        (await products.ListAsync(page, cancellationToken)).ToEnvelope(product => product);

    /// <summary>One product with its version as <c>ETag</c>; a deleted one is not found.</summary>
    [HttpGet("{id:guid}", Name = "GetProduct")]
    [AllowAnonymous]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesResponseType<DataEnvelope<ProductResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DataEnvelope<ProductResponse>>> Get(Guid id, CancellationToken cancellationToken) =>
        (await products.FindAsync(id, cancellationToken)).ToActionResult(product => Ok(Tagged(product)));

    /// <summary>A new product; a sku a live product has already is 409.</summary>
    [HttpPost(Name = "CreateProduct")]
    [Authorize(Policy = RampartPolicies.Admin)]
    [Idempotent]
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
    [ProducesProblem(StatusCodes.Status403Forbidden)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    [ProducesResponseType<DataEnvelope<ProductResponse>>(StatusCodes.Status201Created)]
    public async Task<ActionResult<DataEnvelope<ProductResponse>>> Create(CreateProductRequest request, CancellationToken cancellationToken) =>
        (await products.CreateAsync(request, cancellationToken))
            .ToActionResult(product => Created($"/api/v1/products/{product.Id}", Tagged(product)));

    /// <summary>Changes the fields given (absent or null ones stay), if the product is still at the version in <c>If-Match</c>.</summary>
    [HttpPatch("{id:guid}", Name = "UpdateProduct")]
    [Authorize(Policy = RampartPolicies.Admin)]
    [RequireIfMatch(ProductErrors.VersionConflictCode)]
    [Idempotent]
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
    [ProducesProblem(StatusCodes.Status403Forbidden)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    [ProducesResponseType<DataEnvelope<ProductResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DataEnvelope<ProductResponse>>> Update(
        Guid id, UpdateProductRequest request, ExpectedVersion expected, CancellationToken cancellationToken) =>
        (await products.UpdateAsync(id, request, expected, cancellationToken)).ToActionResult(product => Ok(Tagged(product)));

    /// <summary>A soft delete: the product is then not found and its sku free again. <c>If-Match</c> makes it conditional.</summary>
    [HttpDelete("{id:guid}", Name = "DeleteProduct")]
    [Authorize(Policy = RampartPolicies.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
    [ProducesProblem(StatusCodes.Status403Forbidden)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status412PreconditionFailed)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var expected = ExpectedVersion.ReadOptional(HttpContext, ProductErrors.VersionConflictCode);
        return (await products.DeleteAsync(id, expected, cancellationToken)).ToActionResult(NoContent);
    }

    private DataEnvelope<ProductResponse> Tagged(Product product) => Tagged(ProductResponse.From(product));

    private DataEnvelope<ProductResponse> Tagged(ProductResponse product)
    {
        Response.SetVersionETag(product.Version);
        return new DataEnvelope<ProductResponse>(product);
    }
}
