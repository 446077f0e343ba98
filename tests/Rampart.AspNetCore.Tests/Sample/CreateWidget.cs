using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.Tests.Sample;

public sealed record CreateWidget(
    [property: Required, StringLength(20, MinimumLength = 2)] string Name,
    [property: Range(1, 100)] int Quantity,
    string? Note = null);
