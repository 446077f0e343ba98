using Asp.Versioning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Versioning;

/// <summary>
/// Turns each configured retirement into the versioning library's deprecation and sunset policies, which write the
/// <c>Deprecation</c>, <c>Sunset</c> and <c>Link</c> headers on every response of that version. It reads the section
/// itself rather than the validated options: the pipeline resolves these options while it is being built, and a bad
/// setting must stop the host at start-up with its one-line message (ValidateOnStart), not throw from there.
/// </summary>
internal sealed class RetirementPolicySetup(IConfiguration configuration) : IConfigureOptions<ApiVersioningOptions>
{
    public void Configure(ApiVersioningOptions options)
    {
        var rampart = configuration.GetSection(RampartVersioningOptions.SectionName).Get<RampartVersioningOptions>() ?? new RampartVersioningOptions();
        foreach (var (key, retirement) in rampart.Deprecated)
        {
            if (!ApiVersionParser.Default.TryParse(key, out var version))
            {
                continue; // reported by VersioningOptionsValidator at start-up
            }

            if (retirement.Date is { } date)
            {
                var deprecation = options.Policies.Deprecate(version).Effective(date);
                if (retirement.Link is { IsAbsoluteUri: true } link)
                {
                    deprecation.Link(link);
                }
            }

            if (retirement.Sunset is { } sunset)
            {
                var policy = options.Policies.Sunset(version).Effective(sunset);
                if (retirement.Link is { IsAbsoluteUri: true } link)
                {
                    policy.Link(link);
                }
            }
        }
    }
}
