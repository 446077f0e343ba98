using Skeleton.Core.Common;
using Skeleton.Core.Gadgets.Ports;

namespace Skeleton.Core.Gadgets.UseCases;

/// <summary>
/// The RegisterGadget use case behind its port. It is the place to write what the use case does (the area's domain
/// rules, the outbound ports it needs, the unit of work); until then it answers what it received, and when, so the
/// contract can be tried and tested end to end.
#if RAMPART_ITEM_BODY
/// The name is checked here for every driver, not only at the HTTP gate.
#endif
/// </summary>
public sealed class RegisterGadget(TimeProvider time) : IRegisterGadget
{
#if RAMPART_ITEM_BODY
    public const int NameMaxLength = 200;

#endif
    // <route:port-implementation>
    public Result<RegisterGadgetOutcome> Handle(Guid gadgetId, string? name)
    // </route:port-implementation>
    {
#if RAMPART_ITEM_BODY
        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            return CoreError.Validation("validation.failed", "The request is not valid.", new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["name"] = [$"Give a name of 1 to {NameMaxLength} characters."],
            });
        }

#endif
        // <route:outcome>
        return new RegisterGadgetOutcome(gadgetId, name, time.GetUtcNow());
        // </route:outcome>
    }
}
