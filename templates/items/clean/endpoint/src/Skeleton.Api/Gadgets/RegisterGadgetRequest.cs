#if RAMPART_ITEM_BODY
using System.ComponentModel.DataAnnotations;
using Skeleton.Application.Gadgets.RegisterGadget;

namespace Skeleton.Api.Gadgets;

/// <summary>
/// The body of <c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c>, validated at the gate (400 with field errors
/// before the use case runs; an unknown field is 400 too); <see cref="RegisterGadgetValidation"/> holds the same rules
/// for the use case. Public because the .NET 10 validation source generator only picks up public request types. Add
/// the use case's fields here and to its command, each with its rules.
/// </summary>
public sealed record RegisterGadgetRequest
{
    [Required]
    [StringLength(RegisterGadgetValidation.NameMaxLength, MinimumLength = 1)]
    public string? Name { get; init; }
}
#endif
