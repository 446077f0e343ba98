using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Catalog.CreateProduct;

/// <summary><c>POST /api/v1/products</c> (admin): 201 with <c>Location</c>; a live sku twice is 409 from the unique index.</summary>
internal static class CreateProductEndpoint
{
    public static RouteHandlerBuilder MapCreateProduct(this IEndpointRouteBuilder products) =>
        products.MapPost("/", CreateAsync)
            .RequireAuthorization(RampartPolicies.Admin)
            .WithIdempotency()
            .WithName("CreateProduct")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<DataEnvelope<ProductResponse>>, ProblemHttpResult>> CreateAsync(
        CreateProductRequest request, AppDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var created = Product.Create(request.Sku, request.Name, request.Price, request.Stock);
        if (created.Error is { } invalid)
        {
            return invalid.ToProblemResult();
        }

        var product = created.Value;
        db.Products().Add(product);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(ProductConfiguration.SkuIndex))
        {
            return ProductErrors.SkuTaken.ToProblemResult();
        }

        response.SetVersionETag(product.Version);
        return Envelope.Created($"/api/v1/products/{product.Id}", ProductResponse.From(product));
    }
}
