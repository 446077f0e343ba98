using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Caching;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data.Tests.Caching;

/// <summary>Cached reads of the sample catalog, as a generated service writes them; the writes are the plain ones.</summary>
public static class CachedProductEndpoints
{
    public const string HoldLoadHeader = "X-Test-Hold-Load";

    public static void Map(IEndpointRouteBuilder app)
    {
        var cached = app.MapGroup("/cached-products");

        cached.MapGet("/{id:guid}", async (
            Guid id, [FromServices] IEntityCache cache, ShopDbContext db, [FromServices] CacheProbe probe, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var hold = request.Headers.ContainsKey(HoldLoadHeader);
            var product = await cache.GetOrLoadAsync<Product, ProductResponse?>(id, async token =>
            {
                probe.Loaded();
                if (hold)
                {
                    await probe.Release.Task.WaitAsync(TimeSpan.FromSeconds(30), token);
                }

                return await db.Products.AsNoTracking().Where(p => p.Id == id).Select(p => ProductResponse.From(p)).SingleOrDefaultAsync(token);
            }, ct);
            if (product is null)
            {
                return (IResult)Error.NotFound("catalog.product_not_found", "No such product.").ToProblemResult();
            }

            response.SetVersionETag(product.Version);
            return Results.Ok(new Envelope<ProductResponse>(product));
        });

        cached.MapGet("/", async (PageRequest page, [FromServices] IEntityCache cache, ShopDbContext db, [FromServices] CacheProbe probe, CancellationToken ct) =>
        {
            if (page.Cursor is not null)
            {
                return (await db.Products.AsNoTracking().ToPageAsync(page, ct)).ToEnvelope(ProductResponse.From);
            }

            return await cache.GetOrLoadListAsync<Product, PageEnvelope<ProductResponse>>($"first-{page.Limit}", async token =>
            {
                probe.Loaded();
                return (await db.Products.AsNoTracking().ToPageAsync(page, token)).ToEnvelope(ProductResponse.From);
            }, ct);
        });
    }

    /// <summary>The cache as a generated service registers it, entries named <c>shop:product:{id}</c>.</summary>
    public static void AddCaching(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CacheProbe>();
        services.AddRampartCaching(configuration);
        services.AddCachedEntity<Product>("shop", "product");
    }
}
