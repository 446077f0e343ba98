using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data.Tests.Host;

/// <summary>The catalog of <see cref="ProductEndpoints"/> as an <c>[ApiController]</c>, reached through the attributes.</summary>
[ApiController]
[Route("mvc/products")]
public sealed class ProductsController(ShopDbContext db, WorkProbe probe) : ControllerBase
{
    [HttpGet]
    public async Task<PageEnvelope<ProductResponse>> List(PageRequest page, CancellationToken ct) =>
        (await db.Products.AsNoTracking().ToPageAsync(page, ct)).ToEnvelope(ProductResponse.From);

    [HttpGet("{id:guid}")]
    public async Task<ActionResult<Envelope<ProductResponse>>> Get(Guid id, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return NotFoundError();
        }

        Response.SetVersionETag(product.Version);
        return new Envelope<ProductResponse>(ProductResponse.From(product));
    }

    [HttpPost]
    [Idempotent]
    public async Task<ActionResult<Envelope<ProductResponse>>> Create(CreateProduct body, CancellationToken ct)
    {
        if (Request.Headers.ContainsKey(ProductEndpoints.SlowHeader))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }

        var product = new Product { Sku = body.Sku, Name = body.Name, Price = body.Price, Stock = body.Stock };
        db.Products.Add(product);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation("ux_products_sku"))
        {
            return Error.Conflict("catalog.sku_taken", $"SKU {body.Sku} is taken.").ToActionResult();
        }

        probe.Ran();
        Response.SetVersionETag(product.Version);
        return Created($"/mvc/products/{product.Id}", new Envelope<ProductResponse>(ProductResponse.From(product)));
    }

    [HttpPost("required-key")]
    [RequireIdempotencyKey]
    public ActionResult<Envelope<string>> RequiredKey(CreateProduct body) => Ok(new Envelope<string>(body.Sku));

    [HttpPatch("{id:guid}")]
    [RequireIfMatch("catalog.version_conflict")]
    [Idempotent]
    public async Task<ActionResult<Envelope<ProductResponse>>> Update(Guid id, UpdateProduct body, ExpectedVersion expected, CancellationToken ct)
    {
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return NotFoundError();
        }

        if (db.ExpectVersion(product, expected).Error is { } stale)
        {
            return stale.ToActionResult();
        }

        product.Name = body.Name ?? product.Name;
        product.Price = body.Price ?? product.Price;
        product.Stock = body.Stock ?? product.Stock;
        if (Request.Headers.ContainsKey(ProductEndpoints.InterfereHeader))
        {
            await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("UPDATE products SET version = version + 1 WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            await command.ExecuteNonQueryAsync(ct);
        }

        await db.SaveChangesAsync(ct);
        Response.SetVersionETag(product.Version);
        return new Envelope<ProductResponse>(ProductResponse.From(product));
    }

    [HttpPost("{id:guid}/archive")]
    [RequireIfMatch("catalog.archive_conflict")]
    public IActionResult Archive(Guid id) => NoContent();

    private static ActionResult NotFoundError() => Error.NotFound("catalog.product_not_found", "No such product.").ToActionResult();
}
