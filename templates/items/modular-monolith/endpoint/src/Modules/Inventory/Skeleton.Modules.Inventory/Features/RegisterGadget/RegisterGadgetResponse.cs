namespace Skeleton.Modules.Inventory.Features.RegisterGadget;

/// <summary>
/// What <c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c> answers, inside <c>{"data": …}</c>: the route values
/// and the request as the use case received them, and when. Replace it with what the use case returns.
/// </summary>
// <route:response-record>
internal sealed record RegisterGadgetResponse(Guid GadgetId, string Name, DateTimeOffset ReceivedAt);
// </route:response-record>
