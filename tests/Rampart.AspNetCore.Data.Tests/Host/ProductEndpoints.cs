using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Idempotency;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data.Tests.Host;

/// <summary>A small catalog over the building blocks, as a generated service would write it.</summary>
public static class ProductEndpoints
{
    public const string SlowHeader = "X-Test-Slow";
    public const string HoldHeader = "X-Test-Hold";
    public const string FailHeader = "X-Test-Fail";
    public const string InterfereHeader = "X-Test-Interfere";

    public static void Map(IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/products");

        products.MapGet("/", async (PageRequest page, ShopDbContext db, CancellationToken ct) =>
            (await db.Products.AsNoTracking().ToPageAsync(page, ct)).ToEnvelope(ProductResponse.From));

        products.MapGet("/by-price", async (PageRequest page, ShopDbContext db, CancellationToken ct) =>
            (await db.Products.AsNoTracking().ToPageAsync(page, p => p.Price, descending: false, ct)).ToEnvelope(ProductResponse.From));

        // The same sort written at another call site, with another parameter name: its cursors must be interchangeable.
        products.MapGet("/by-price-elsewhere", async (PageRequest page, ShopDbContext db, CancellationToken ct) =>
            (await db.Products.AsNoTracking().ToPageAsync(page, row => row.Price, descending: false, ct)).ToEnvelope(ProductResponse.From));

        // The default order read with hand-written SQL: the same pages and interchangeable cursors.
        products.MapGet("/by-sql", async (PageRequest page, ShopDbContext db, CancellationToken ct) =>
        {
            const string columns = "id, sku, name, price, stock, version, created_at, updated_at";
            var rows = page.AfterId() is { } after
                ? await db.Database.ReadRowsAsync(
                    $"SELECT {columns} FROM products WHERE deleted_at IS NULL AND id < $2 ORDER BY id DESC LIMIT $1", [page.Limit + 1, after], ReadProduct, ct)
                : await db.Database.ReadRowsAsync(
                    $"SELECT {columns} FROM products WHERE deleted_at IS NULL ORDER BY id DESC LIMIT $1", [page.Limit + 1], ReadProduct, ct);
            return page.ToPage(rows, p => p.Id).ToEnvelope(p => p);
        });

        // Takes text straight from the query string to the database: nothing at the gate checks it.
        products.MapGet("/search", async (string sku, ShopDbContext db, CancellationToken ct) =>
            Results.Ok(new Envelope<int>(await db.Products.CountAsync(p => p.Sku == sku, ct))));

        products.MapGet("/{id:guid}", async (Guid id, ShopDbContext db, HttpResponse response, CancellationToken ct) =>
        {
            var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
            if (product is null)
            {
                return NotFound();
            }

            response.SetVersionETag(product.Version);
            return Results.Ok(new Envelope<ProductResponse>(ProductResponse.From(product)));
        });

        products.MapPost("/", async (CreateProduct body, ShopDbContext db, WorkProbe probe, HttpRequest request, CancellationToken ct) =>
        {
            await TestHooksAsync(request, probe);
            var product = new Product { Sku = body.Sku, Name = body.Name, Price = body.Price, Stock = body.Stock };
            db.Products.Add(product);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation("ix_products_sku"))
            {
                return Error.Conflict("catalog.sku_taken", $"SKU {body.Sku} is taken.").ToProblemResult();
            }

            probe.Ran();
            request.HttpContext.Response.SetVersionETag(product.Version);
            return Results.Created($"/products/{product.Id}", new Envelope<ProductResponse>(ProductResponse.From(product)));
        }).WithIdempotency();

        // Records, when the request's transaction reports its commit, whether the product is visible to another connection.
        products.MapPost("/observed", async (CreateProduct body, ShopDbContext db, WorkProbe probe, IRequestTransaction transaction, CancellationToken ct) =>
        {
            db.Products.Add(new Product { Sku = body.Sku, Name = body.Name, Price = body.Price, Stock = body.Stock });
            await db.SaveChangesAsync(ct);
            var connectionString = db.Database.GetConnectionString();
            probe.VisibleBeforeCommit = await CountElsewhereAsync(connectionString, body.Sku, ct) == 1;
            transaction.OnCommitted(() => probe.VisibleAtCommit = CountElsewhereAsync(connectionString, body.Sku, CancellationToken.None).GetAwaiter().GetResult() == 1);
            return Results.NoContent();
        }).WithIdempotency();

        products.MapPost("/untranslated", async (CreateProduct body, ShopDbContext db, CancellationToken ct) =>
        {
            db.Products.Add(new Product { Sku = body.Sku, Name = body.Name, Price = body.Price, Stock = body.Stock });
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        });

        products.MapPost("/rejected", (CreateProduct body, WorkProbe probe) =>
        {
            probe.Ran();
            return Error.Conflict("catalog.rejected", $"{body.Sku} is rejected.").ToProblemResult();
        }).WithIdempotency();

        products.MapPost("/required-key", (CreateProduct body) => Results.Ok(new Envelope<string>(body.Sku))).RequireIdempotencyKey();

        products.MapPatch("/{id:guid}", async (
            Guid id, UpdateProduct body, ExpectedVersion expected, ShopDbContext db, HttpRequest request, CancellationToken ct) =>
        {
            var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, ct);
            if (product is null)
            {
                return NotFound();
            }

            if (db.ExpectVersion(product, expected).Error is { } stale)
            {
                return stale.ToProblemResult();
            }

            product.Name = body.Name ?? product.Name;
            product.Price = body.Price ?? product.Price;
            product.Stock = body.Stock ?? product.Stock;
            if (request.Headers.ContainsKey(InterfereHeader))
            {
                await BumpVersionBehindTheBackAsync(db, id, ct);
            }

            await db.SaveChangesAsync(ct);
            request.HttpContext.Response.SetVersionETag(product.Version);
            return Results.Ok(new Envelope<ProductResponse>(ProductResponse.From(product)));
        }).RequireIfMatch("catalog.version_conflict").WithIdempotency();

        products.MapDelete("/{id:guid}", async (Guid id, ShopDbContext db, CancellationToken ct) =>
        {
            var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, ct);
            if (product is null)
            {
                return NotFound();
            }

            db.Products.Remove(product);
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        });
    }

    private static ProblemHttpResult NotFound() => Error.NotFound("catalog.product_not_found", "No such product.").ToProblemResult();

    private static async Task TestHooksAsync(HttpRequest request, WorkProbe probe)
    {
        if (request.Headers.ContainsKey(FailHeader))
        {
            throw new InvalidOperationException("A failure the test asked for.");
        }

        if (request.Headers.ContainsKey(HoldHeader))
        {
            probe.Entered.TrySetResult();
            await probe.Release.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        if (request.Headers.ContainsKey(SlowHeader))
        {
            // Widens the window in which concurrent requests with the same key meet the first one in flight.
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private static async Task<long> CountElsewhereAsync(string? connectionString, string sku, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM products WHERE sku = @sku", connection);
        command.Parameters.AddWithValue("sku", sku);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    // Another writer commits between the handler's version check and its save.
    private static async Task BumpVersionBehindTheBackAsync(ShopDbContext db, Guid id, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("UPDATE products SET version = version + 1 WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static ProductResponse ReadProduct(System.Data.Common.DbDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetDecimal(3), row.GetInt32(4), row.GetInt64(5),
        row.GetFieldValue<DateTimeOffset>(6), row.GetFieldValue<DateTimeOffset>(7));
}
