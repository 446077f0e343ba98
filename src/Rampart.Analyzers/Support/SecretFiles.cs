using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace Rampart.Analyzers.Support;

/// <summary>
/// Finds secrets in the files next to the code that ship or get committed with it: <c>appsettings*.json</c> (configuration)
/// and <c>*.http</c> request samples (editor HTTP clients), by the same shapes and names as secrets in C#.
/// </summary>
internal static class SecretFiles
{
    private static readonly Regex JsonPair = new(
        @"""(?<key>[^""\\\r\n]{1,200})""\s*:\s*""(?<value>(?:[^""\\\r\n]|\\.){0,2000})""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex HttpVariable = new(@"^\s*@(?<key>[\w.-]+)\s*=\s*(?<value>\S.*?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex HttpAuthorization = new(
        @"^\s*(?:Authorization|X-Api-Key|Api-Key|X-Auth-Token)\s*:\s*(?:(?:Bearer|Basic|Token|ApiKey)\s+)?(?<value>[^\s{][^\r\n]*?)\s*$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True for the files this scan reads.</summary>
    public static bool IsScanned(string path)
    {
        var name = Path.GetFileName(path);
        return (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) ||
            name.EndsWith(".http", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The places in the file that hold a secret, and why.</summary>
    public static IEnumerable<(TextSpan Span, string Reason)> Find(string path, string text)
    {
        var found = new List<(TextSpan, string)>();
        // appsettings.Development.json is loaded only in the Development environment and by convention points at local
        // servers: there only tokens a provider issued (which work from anywhere) are reported, not local passwords.
        var development = Path.GetFileName(path).StartsWith("appsettings.Development", StringComparison.OrdinalIgnoreCase);
        try
        {
            foreach (Match pair in JsonPair.Matches(text))
            {
                var value = pair.Groups["value"];
                var reason = development
                    ? SecretShapes.IsKnownToken(value.Value) ? "a token or key in a known format" : null
                    : Judge(pair.Groups["key"].Value, value.Value);
                if (reason is not null)
                {
                    found.Add((new TextSpan(value.Index, value.Length), reason));
                }
            }

            if (path.EndsWith(".http", StringComparison.OrdinalIgnoreCase))
            {
                foreach (Match variable in HttpVariable.Matches(text))
                {
                    var value = variable.Groups["value"];
                    if (!value.Value.StartsWith("{{", StringComparison.Ordinal) && Judge(variable.Groups["key"].Value, value.Value) is { } reason)
                    {
                        found.Add((new TextSpan(value.Index, value.Length), reason));
                    }
                }

                foreach (Match header in HttpAuthorization.Matches(text))
                {
                    var value = header.Groups["value"];
                    if (!value.Value.Contains("{{") && !SecretShapes.IsPlaceholder(value.Value) && value.Value.Length >= 8)
                    {
                        found.Add((new TextSpan(value.Index, value.Length), "a credential in an Authorization header"));
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological file must not crash the analysis; it is simply not judged.
        }

        return found.Distinct();
    }

    private static string? Judge(string key, string value) =>
        SecretShapes.Describe(value) ??
        (SecretNames.IsSecret(key) && SecretNames.HoldsSecret(key, value) ? "a secret stored under '" + key + "'" : null);
}
