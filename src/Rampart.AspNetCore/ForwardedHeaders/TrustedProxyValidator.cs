using System.Net;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Configuration;

namespace Rampart.AspNetCore.ForwardedHeaders;

/// <summary>Rejects proxy addresses and networks that do not parse, naming the setting.</summary>
internal sealed class TrustedProxyValidator : IValidateOptions<TrustedProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustedProxyOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.TrustedProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.TrustedProxies[i], out _))
            {
                failures.Add(SettingsValidator<TrustedProxyOptions>.Describe($"{TrustedProxyOptions.SectionName}:TrustedProxies:{i}", "an IP address such as 10.0.0.5"));
            }
        }

        for (var i = 0; i < options.TrustedNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(options.TrustedNetworks[i], out _))
            {
                failures.Add(SettingsValidator<TrustedProxyOptions>.Describe($"{TrustedProxyOptions.SectionName}:TrustedNetworks:{i}", "a CIDR network such as 10.0.0.0/8"));
            }
        }

        if (options.ForwardLimit is < 1 or > 10)
        {
            failures.Add(SettingsValidator<TrustedProxyOptions>.Describe($"{TrustedProxyOptions.SectionName}:ForwardLimit", "a whole number from 1 to 10"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
