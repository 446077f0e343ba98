using Skeleton.Core.Common;

namespace Skeleton.Core.Gadgets.Ports;

#if RAMPART_ITEM_ANONYMOUS
/// <summary>Inbound port: RegisterGadget, driven by the HTTP adapter; open to anyone.</summary>
#else
/// <summary>
/// Inbound port: RegisterGadget, driven by the HTTP adapter. Callers are checked for their role at the edge; give the
/// method the <see cref="Caller"/> when the use case needs to know who asks (ownership is the core's rule).
/// </summary>
#endif
public interface IRegisterGadget
{
    // <route:port-signature>
    Result<RegisterGadgetOutcome> Handle(Guid gadgetId, string? name);
    // </route:port-signature>
}
