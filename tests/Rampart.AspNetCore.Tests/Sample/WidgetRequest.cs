using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>
/// <see cref="CreateWidget"/> as a class, for the controller: MVC refuses validation attributes on a record's properties
/// (<c>[property: Required]</c>), so a controller's request type puts them on a class's properties.
/// </summary>
public sealed class WidgetRequest
{
    [Required]
    [StringLength(20, MinimumLength = 2)]
    public required string Name { get; init; }

    [Range(1, 100)]
    public required int Quantity { get; init; }

    public string? Note { get; init; }
}
