namespace Skeleton.Core.Gadgets.Ports;

/// <summary>
/// What <see cref="IRegisterGadget"/> answers: the values as the use case received them, and when. Replace it with what
/// the use case returns (a domain type of the area, as the catalog's ports return products).
/// </summary>
// <route:outcome-record>
public sealed record RegisterGadgetOutcome(Guid GadgetId, string Name, DateTimeOffset ReceivedAt);
// </route:outcome-record>
