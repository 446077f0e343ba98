namespace Skeleton.Adapters.Http.Catalog;

/// <summary>A product's availability: its stock less the units reserved for orders.</summary>
internal sealed record ProductAvailabilityResponse(Guid ProductId, int Available);
