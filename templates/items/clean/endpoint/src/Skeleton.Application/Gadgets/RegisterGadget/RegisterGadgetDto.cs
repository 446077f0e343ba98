namespace Skeleton.Application.Gadgets.RegisterGadget;

/// <summary>
/// What RegisterGadget answers, inside <c>{"data": …}</c>: the route values and the request as the use case received
/// them, and when. Replace it with what the use case returns.
/// </summary>
// <route:dto-record>
public sealed record RegisterGadgetDto(Guid GadgetId, string Name, DateTimeOffset ReceivedAt);
// </route:dto-record>
