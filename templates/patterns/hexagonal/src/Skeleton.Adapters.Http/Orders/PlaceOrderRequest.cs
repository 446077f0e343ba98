using Skeleton.Core.Common;
using Skeleton.Core.Orders;

namespace Skeleton.Adapters.Http.Orders;

/// <summary>The body of <c>POST /api/v1/orders</c>; its rules are the core's (<see cref="OrderLines"/>).</summary>
internal sealed record PlaceOrderRequest(IReadOnlyList<RequestedLine?>? Items)
{
    /// <summary>
    /// The request's shape checked at the gate with the core's own rules, before anything is read; the use case checks
    /// again, since other adapters drive it too.
    /// </summary>
    public CoreError? Validate() => OrderLines.Validate(Items).Error;
}
