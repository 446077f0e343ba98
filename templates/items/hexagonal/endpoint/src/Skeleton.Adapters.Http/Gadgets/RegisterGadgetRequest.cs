#if RAMPART_ITEM_BODY
using System.ComponentModel.DataAnnotations;
using Skeleton.Core.Gadgets.UseCases;

namespace Skeleton.Adapters.Http.Gadgets;

/// <summary>
/// The body of <c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c>, validated at the gate (400 with field errors
/// before the port is called; an unknown field is 400 too); <see cref="RegisterGadget"/> in the core holds the same
/// rules. Public because the .NET 10 validation source generator only picks up public request types. Add the use
/// case's fields here and to its port, each with its rules.
/// </summary>
public sealed record RegisterGadgetRequest
{
    [Required]
    [StringLength(RegisterGadget.NameMaxLength, MinimumLength = 1)]
    public string? Name { get; init; }
}
#endif
