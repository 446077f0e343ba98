using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Adapters.Http.Errors;
using Skeleton.Core.Catalog.Ports;

namespace Skeleton.Adapters.Http.Catalog;

/// <summary>
/// <c>GET /api/v1/products/{id}/availability</c>: <see cref="Core.Catalog.Product.Available"/> through the catalog's
/// read port; deleted products are not found. Behind the flag <see cref="Feature"/>: while it is off for the caller the
/// address answers the 404 of an unknown route. By default (appsettings.json) it is on for admins only; the README says
/// how to roll it out. Not cached: the number moves with every order, so a cached answer would only be evicted.
/// </summary>
internal static class ProductAvailabilityEndpoint
{
    /// <summary>The flag in the <c>FeatureManagement</c> section.</summary>
    public const string Feature = "Catalog.Availability";

    public static RouteHandlerBuilder MapProductAvailability(this IEndpointRouteBuilder products) =>
        products.MapGet("/{id:guid}/availability", GetAsync)
            .AllowAnonymous()
            .RequireFeature(Feature)
            .WithName("GetProductAvailability")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DataEnvelope<ProductAvailabilityResponse>>, ProblemHttpResult>> GetAsync(
        Guid id, IFindProducts products, CancellationToken cancellationToken)
    {
        var product = await products.GetAsync(id, cancellationToken);
        return product.Error is { } error
            ? error.ToProblemResult()
            : Envelope.Ok(new ProductAvailabilityResponse(product.Value.Id, product.Value.Available));
    }
}
