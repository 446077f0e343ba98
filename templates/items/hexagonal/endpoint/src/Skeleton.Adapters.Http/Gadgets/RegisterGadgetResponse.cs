namespace Skeleton.Adapters.Http.Gadgets;

/// <summary>
/// What <c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c> answers, inside <c>{"data": …}</c>: the HTTP shape
/// of the port's outcome (the core's types stay out of the contract).
/// </summary>
// <route:response-record>
internal sealed record RegisterGadgetResponse(Guid GadgetId, string Name, DateTimeOffset ReceivedAt);
// </route:response-record>
