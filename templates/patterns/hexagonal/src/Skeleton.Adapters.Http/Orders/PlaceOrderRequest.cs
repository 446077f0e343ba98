using Skeleton.Core.Orders;

namespace Skeleton.Adapters.Http.Orders;

/// <summary>The body of <c>POST /api/v1/orders</c>; its rules are the core's (<see cref="OrderLines"/>).</summary>
internal sealed record PlaceOrderRequest(IReadOnlyList<RequestedLine?>? Items);
