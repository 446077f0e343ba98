using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Rampart.AspNetCore.RateLimiting;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// States each operation's rate limit as the <c>x-rate-limit</c> extension and a "Rate limit" line in its
/// description: the per-caller rules of <see cref="RampartRateLimitingOptions"/> (anonymous per client IP, signed in
/// per user, per role), a named policy the endpoint adds, or <c>limited: false</c> when the endpoint is exempt or the
/// service limits nothing. Read when the document is built, so it shows the configured numbers.
/// </summary>
internal sealed class RateLimitTransformer : IOpenApiOperationTransformer
{
    public const string Extension = "x-rate-limit";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var options = context.ApplicationServices.GetService<IOptions<RampartRateLimitingOptions>>()?.Value;
        var policy = metadata.OfType<EnableRateLimitingAttribute>().LastOrDefault()?.PolicyName;
        var exempt = metadata.OfType<DisableRateLimitingAttribute>().Any();
        var limited = !exempt && (policy is not null || options is { Enabled: true });
        var limit = new JsonObject { ["limited"] = limited };
        var words = new List<string>();
        if (limited && options is { Enabled: true })
        {
            var rules = new JsonArray
            {
                Rule("anonymous", "client IP", options.Anonymous),
                Rule("authenticated", "user", options.Authenticated),
            };
            words.Add($"{Words(options.Anonymous)} per client IP when anonymous (an invalid token counts here too)");
            words.Add($"{Words(options.Authenticated)} per user when signed in");
            foreach (var (role, rule) in options.Roles.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                rules.Add(Rule($"role:{role}", "user", rule));
                words.Add($"{Words(rule)} per user with the {role} role");
            }

            limit["rules"] = rules;
        }

        if (!exempt && policy is not null)
        {
            limit["policy"] = policy;
            words.Add($"the {policy} policy");
        }

        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal);
        operation.Extensions[Extension] = new JsonNodeExtension(limit);
        OperationText.AppendLine(operation, "Rate limit", limited
            ? $"{string.Join("; ", words)}. Over it: 429 with Retry-After."
            : "none on this operation.");
        return Task.CompletedTask;
    }

    private static JsonObject Rule(string caller, string partition, RateLimitRule rule) => new()
    {
        ["caller"] = caller,
        ["partition"] = partition,
        ["permitLimit"] = rule.PermitLimit,
        ["window"] = XmlConvert.ToString(rule.Window),
    };

    private static string Words(RateLimitRule rule) =>
        $"{rule.PermitLimit.ToString(CultureInfo.InvariantCulture)} requests per {(rule.Window == TimeSpan.FromMinutes(1) ? "minute" : rule.Window.ToString("c", CultureInfo.InvariantCulture))}";
}
