#if RAMPART_ITEM_BODY
namespace Skeleton.Application.Gadgets.RegisterGadget;

/// <summary>What the caller asks of RegisterGadget: the route values and the body as sent; checked by <see cref="RegisterGadgetValidation"/>.</summary>
// <route:command-record>
public sealed record RegisterGadgetCommand(Guid GadgetId, string? Name);
// </route:command-record>
#endif
