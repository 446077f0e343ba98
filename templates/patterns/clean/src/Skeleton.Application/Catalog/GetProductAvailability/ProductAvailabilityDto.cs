namespace Skeleton.Application.Catalog.GetProductAvailability;

/// <summary>A product's availability: its stock less the units reserved for orders.</summary>
public sealed record ProductAvailabilityDto(Guid ProductId, int Available);
