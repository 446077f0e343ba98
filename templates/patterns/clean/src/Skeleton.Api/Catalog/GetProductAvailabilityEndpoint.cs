using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Application.Catalog.GetProductAvailability;

namespace Skeleton.Api.Catalog;

/// <summary>
/// <c>GET /api/v1/products/{id}/availability</c>: the units that can still be ordered; deleted products are not found.
/// Behind the flag <see cref="Feature"/>: while it is off for the caller the address answers the 404 of an unknown
/// route. By default (appsettings.json) it is on for admins only; the README says how to roll it out.
/// </summary>
internal static class GetProductAvailabilityEndpoint
{
    /// <summary>The flag in the <c>FeatureManagement</c> section.</summary>
    public const string Feature = "Catalog.Availability";

    public static RouteHandlerBuilder MapGetProductAvailability(this IEndpointRouteBuilder products) =>
        products.MapGet("/{id:guid}/availability", GetAsync)
            .AllowAnonymous()
            .RequireFeature(Feature)
            .WithName("GetProductAvailability")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DataEnvelope<ProductAvailabilityDto>>, ProblemHttpResult>> GetAsync(
        Guid id, GetProductAvailabilityHandler useCase, CancellationToken cancellationToken)
    {
        var availability = await useCase.HandleAsync(id, cancellationToken);
        return availability.Error is { } error ? error.ToProblem() : Envelope.Ok(availability.Value);
    }
}
