using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>A service's own settings, validated at start-up like any generated service's.</summary>
public sealed class SampleSettings
{
    public const string SectionName = "Sample";

    [Required(ErrorMessage = "a PostgreSQL connection string")]
    public string? ConnectionString { get; set; }
}
