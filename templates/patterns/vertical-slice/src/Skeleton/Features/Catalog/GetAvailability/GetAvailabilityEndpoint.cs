using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Catalog.GetAvailability;

/// <summary>
/// <c>GET /api/v1/products/{id}/availability</c>: the units that can still be ordered, stock less reserved; deleted
/// products are not found. Behind the flag <see cref="Feature"/>: while it is off for the caller the address answers the
/// 404 of an unknown route. By default (appsettings.json) it is on for admins only; the README says how to roll it out.
/// Read straight from the table, two columns: it moves with every order, so a cached product would only be evicted.
/// </summary>
internal static class GetAvailabilityEndpoint
{
    /// <summary>The flag in the <c>FeatureManagement</c> section.</summary>
    public const string Feature = "Catalog.Availability";

    public static RouteHandlerBuilder MapGetAvailability(this IEndpointRouteBuilder products) =>
        products.MapGet("/{id:guid}/availability", GetAsync)
            .AllowAnonymous()
            .RequireFeature(Feature)
            .WithName("GetProductAvailability")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DataEnvelope<ProductAvailabilityResponse>>, ProblemHttpResult>> GetAsync(
        Guid id, AppDbContext db, CancellationToken cancellationToken)
    {
        var availability = await db.Products().AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new ProductAvailabilityResponse(p.Id, p.Stock - p.Reserved))
            .FirstOrDefaultAsync(cancellationToken);
        return availability is null ? ProductErrors.NotFound.ToProblemResult() : Envelope.Ok(availability);
    }
}
