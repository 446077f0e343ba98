using System.Text.RegularExpressions;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// The <c>--route</c> of <c>rampart add endpoint</c>, relative to its area's route group and normalised: one leading
/// slash, none at the end, literal segments in lower case, parameters written <c>{name}</c> (text) or
/// <c>{name:guid|int|long}</c>. <c>""</c> is the group's own address.
/// </summary>
/// <param name="Template">The normalised route: <c>/{orderId:guid}/lines</c>, or <c>""</c>.</param>
/// <param name="Parameters">Its parameters, in order.</param>
public sealed partial record EndpointRoute(string Template, IReadOnlyList<RouteParameter> Parameters)
{
    // Names the handler itself uses, and the versioned group's own route value.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "version", "request", "time", "cancellationToken", "response" };

    /// <summary>The route of <paramref name="input"/>, or a <see cref="ScaffoldingException"/> saying what is wrong with it.</summary>
    public static EndpointRoute Parse(string? input)
    {
        var typed = input?.Trim() ?? "";
        const string Fix = "Write the route relative to the area's group, such as /{id:guid}/cancel or /summary: segments of letters, digits and -._~, parameters {name} or {name:guid|int|long}.";
        if (typed.Contains('?', StringComparison.Ordinal) || typed.Contains('#', StringComparison.Ordinal))
        {
            throw new ScaffoldingException($"--route '{typed}' has a query or fragment; a route is a path only.", Fix);
        }

        var segments = typed.Trim('/');
        if (segments.Length == 0)
        {
            return new EndpointRoute("", []);
        }

        var parameters = new List<RouteParameter>();
        var normalised = new List<string>();
        foreach (var segment in segments.Split('/'))
        {
            if (segment.Length == 0)
            {
                throw new ScaffoldingException($"--route '{typed}' has an empty segment (//).", Fix);
            }

            if (ParameterSegment().Match(segment) is { Success: true } match)
            {
                var name = char.ToLowerInvariant(match.Groups["name"].Value[0]) + match.Groups["name"].Value[1..];
                if (Reserved.Contains(name))
                {
                    throw new ScaffoldingException($"--route '{typed}': the parameter name '{name}' is reserved (the handler or API versioning uses it).", "Name the parameter for what it identifies, such as {orderId:guid}.");
                }

                if (parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new ScaffoldingException($"--route '{typed}' names the parameter '{name}' twice.", "Give each route parameter its own name.");
                }

                var constraint = match.Groups["constraint"].Value.ToLowerInvariant();
                parameters.Add(new RouteParameter(name, constraint));
                normalised.Add(constraint.Length == 0 ? $"{{{name}}}" : $"{{{name}:{constraint}}}");
                continue;
            }

            if (segment.Contains('{', StringComparison.Ordinal) || segment.Contains('}', StringComparison.Ordinal))
            {
                throw new ScaffoldingException($"--route '{typed}': '{segment}' is not a parameter rampart add endpoint can bind (only a whole segment {{name}} or {{name:guid|int|long}}).", Fix);
            }

            if (!LiteralSegment().IsMatch(segment) || segment is "." or "..")
            {
                throw new ScaffoldingException($"--route '{typed}': the segment '{segment}' has characters a route cannot carry as they are.", Fix);
            }

            normalised.Add(segment.ToLowerInvariant());
        }

        return new EndpointRoute("/" + string.Join('/', normalised), parameters);
    }

    /// <summary>The route with each parameter replaced by its sample value (what the generated test calls).</summary>
    public string Sample() => Parameters.Aggregate(Template, (route, p) => route.Replace(p.Segment, p.SampleText, StringComparison.Ordinal));

    [GeneratedRegex(@"^\{(?<name>[A-Za-z][A-Za-z0-9]{0,47})(?::(?<constraint>guid|int|long))?\}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ParameterSegment();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._~-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LiteralSegment();
}
