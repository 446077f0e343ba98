using Asp.Versioning;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Configuration;

namespace Rampart.AspNetCore.Versioning;

/// <summary>Rejects a retirement whose key is not a version, whose sunset comes first or whose link is not absolute.</summary>
internal sealed class VersioningOptionsValidator : IValidateOptions<RampartVersioningOptions>
{
    public ValidateOptionsResult Validate(string? name, RampartVersioningOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, retirement) in options.Deprecated)
        {
            var path = $"{RampartVersioningOptions.SectionName}:Deprecated:{key}";
            if (!ApiVersionParser.Default.TryParse(key, out _))
            {
                failures.Add(SettingsValidator<RampartVersioningOptions>.Describe(path, "an API version as a key, such as 1 or 1.0"));
            }

            if (retirement.Date is null && retirement.Sunset is null)
            {
                failures.Add(SettingsValidator<RampartVersioningOptions>.Describe($"{path}:Date", "the date the version is deprecated, such as 2027-01-01T00:00:00Z (or a Sunset)"));
            }

            if (retirement is { Date: { } date, Sunset: { } sunset } && sunset <= date)
            {
                failures.Add(SettingsValidator<RampartVersioningOptions>.Describe($"{path}:Sunset", "a date after the deprecation date"));
            }

            if (retirement.Link is { } link && (!link.IsAbsoluteUri || link.Scheme is not ("http" or "https")))
            {
                failures.Add(SettingsValidator<RampartVersioningOptions>.Describe($"{path}:Link", "an absolute http(s) address such as https://example.com/docs/migrate-to-v2"));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
