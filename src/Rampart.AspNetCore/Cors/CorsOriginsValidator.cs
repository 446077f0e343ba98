using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Configuration;

namespace Rampart.AspNetCore.Cors;

/// <summary>Rejects origins that are not absolute http(s) URIs without a path, naming the setting.</summary>
internal sealed class CorsOriginsValidator : IValidateOptions<RampartCorsOptions>
{
    public ValidateOptionsResult Validate(string? name, RampartCorsOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.AllowedOrigins.Count; i++)
        {
            var origin = options.AllowedOrigins[i];
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.AbsolutePath != "/" || origin.EndsWith('/'))
            {
                failures.Add(SettingsValidator<RampartCorsOptions>.Describe($"{RampartCorsOptions.SectionName}:AllowedOrigins:{i}", "an origin such as https://app.example.com (scheme and host, no path)"));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
