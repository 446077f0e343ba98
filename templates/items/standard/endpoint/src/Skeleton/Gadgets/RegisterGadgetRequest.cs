#if RAMPART_ITEM_BODY
using System.ComponentModel.DataAnnotations;

namespace Skeleton.Gadgets;

/// <summary>
/// The body of <c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c>, validated at the gate (400 with field errors
/// before the action runs; an unknown field is 400 too). Public because the .NET 10 validation source generator only
/// picks up public request types. Add the use case's fields here, each with its rules.
/// </summary>
public sealed record RegisterGadgetRequest
{
    /// <summary>The longest <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    [Required]
    [StringLength(NameMaxLength, MinimumLength = 1)]
    public string? Name { get; init; }
}
#endif
