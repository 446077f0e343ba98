#if !RAMPART_ITEM_ANONYMOUS
using Skeleton.Application.Common;
#endif
using Skeleton.Domain.Common;

namespace Skeleton.Application.Gadgets.RegisterGadget;

#if RAMPART_ITEM_ANONYMOUS
/// <summary>
/// The RegisterGadget use case, open to anyone. It is the place to write what the use case does (the area's ports, the
/// domain's rules, the unit of work); until then it answers what it received, and when, so the contract can be tried
/// and tested end to end.
/// </summary>
public sealed class RegisterGadgetHandler(TimeProvider time)
#else
/// <summary>
/// The RegisterGadget use case, checking its caller here (RBAC lives in the application; the route's policy only turns
/// others away earlier). It is the place to write what the use case does (the area's ports, the domain's rules, the
/// unit of work); until then it answers what it received, and when, so the contract can be tried and tested end to end.
/// </summary>
public sealed class RegisterGadgetHandler(ICurrentUser user, TimeProvider time)
#endif
{
    // <route:use-case-signature>
    public Result<RegisterGadgetDto> Handle(RegisterGadgetCommand command)
    // </route:use-case-signature>
    {
#if RAMPART_ITEM_BODY
        ArgumentNullException.ThrowIfNull(command);
#endif
#if RAMPART_ITEM_ADMIN
        if (user.RequireAdmin() is { } forbidden)
        {
            return forbidden;
        }

#else
#if !RAMPART_ITEM_ANONYMOUS
        if (!user.IsInRole(Roles.Customer))
        {
            return Error.Forbidden(Access.ForbiddenCode, "Only a signed-in customer may do this.");
        }

#endif
#endif
#if RAMPART_ITEM_BODY
        if (RegisterGadgetValidation.Validate(command) is { } invalid)
        {
            return invalid;
        }

#endif
        // <route:dto>
        return new RegisterGadgetDto(command.GadgetId, command.Name!, time.GetUtcNow());
        // </route:dto>
    }
}
