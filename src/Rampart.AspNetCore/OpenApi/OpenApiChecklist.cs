using System.Text.Json;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// Walks an OpenAPI document and lists every operation that misses a part of the seeds' API-docs checklist
/// ("request/response formats, auth requirements, error payloads, rate limits, examples"). A generated service's tests
/// assert the list is empty for each of its documents, so an endpoint added without its docs fails the build's tests.
/// </summary>
/// <remarks>
/// An operation passes when it has: a <c>security</c> requirement (a declared scheme, or <c>{}</c> for open ones) and,
/// when secured, a 401 response (and a 403 when roles are listed); a success response, at least one 4xx response and
/// the 500; every error response as <c>application/problem+json</c> with a schema; a 404 when its path has parameters;
/// <c>x-rate-limit</c>, and a 429 with <c>Retry-After</c> when limited; 412 and 428 when it takes <c>If-Match</c>, 409
/// and 422 when it takes <c>Idempotency-Key</c>; a schema and an example for every request and response body and an
/// example for every parameter.
/// </remarks>
public static class OpenApiChecklist
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    private static readonly string[] IfMatchProblems = ["412", "428"];
    private static readonly string[] IdempotencyProblems = ["409", "422"];

    /// <summary>The gaps in the document <paramref name="json"/>, one line each (<c>PATCH /api/v1/products/{id}: …</c>); empty when none.</summary>
    public static IReadOnlyList<string> Check(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        using var document = JsonDocument.Parse(json);
        return Check(document.RootElement);
    }

    /// <summary>The gaps in <paramref name="document"/>, one line each; empty when none.</summary>
    public static IReadOnlyList<string> Check(JsonElement document)
    {
        var gaps = new List<string>();
        var schemes = document.TryGetProperty("components", out var components) && components.TryGetProperty("securitySchemes", out var declared)
            ? declared.EnumerateObject().Select(s => s.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        if (!document.TryGetProperty("paths", out var paths) || paths.ValueKind != JsonValueKind.Object)
        {
            return ["the document has no paths"];
        }

        foreach (var path in paths.EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name, StringComparer.Ordinal)))
            {
                var name = $"{method.Name.ToUpperInvariant()} {path.Name}";
                CheckOperation(path.Name, method.Value, schemes, gap => gaps.Add($"{name}: {gap}"));
            }
        }

        return gaps;
    }

    private static void CheckOperation(string path, JsonElement operation, HashSet<string> schemes, Action<string> gap)
    {
        var responses = operation.TryGetProperty("responses", out var r) && r.ValueKind == JsonValueKind.Object
            ? r.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)
            : [];

        CheckAccess(operation, schemes, responses, gap);
        CheckErrors(path, responses, gap);
        CheckRateLimit(operation, responses, gap);
        CheckHeaders(operation, responses, gap);
        CheckExamples(operation, responses, gap);
    }

    private static void CheckAccess(JsonElement operation, HashSet<string> schemes, Dictionary<string, JsonElement> responses, Action<string> gap)
    {
        if (!operation.TryGetProperty("security", out var security) || security.ValueKind != JsonValueKind.Array || security.GetArrayLength() == 0)
        {
            gap("no security requirement (a scheme, or {} when no credentials are needed)");
            return;
        }

        var requirements = security.EnumerateArray().ToList();
        foreach (var scheme in requirements.SelectMany(q => q.EnumerateObject()).Where(s => !schemes.Contains(s.Name)))
        {
            gap($"security names the scheme {scheme.Name}, which components.securitySchemes does not declare");
        }

        if (requirements.Any(q => !q.EnumerateObject().Any()))
        {
            return;
        }

        if (!responses.ContainsKey("401"))
        {
            gap("secured, but no 401 response");
        }

        var roles = requirements.SelectMany(q => q.EnumerateObject()).Any(s => s.Value.ValueKind == JsonValueKind.Array && s.Value.GetArrayLength() > 0);
        if (roles && !responses.ContainsKey("403"))
        {
            gap("requires a role, but no 403 response");
        }
    }

    private static void CheckErrors(string path, Dictionary<string, JsonElement> responses, Action<string> gap)
    {
        if (!responses.Keys.Any(k => k.StartsWith('2')))
        {
            gap("no success (2xx) response");
        }

        if (!responses.Keys.Any(k => k.StartsWith('4')))
        {
            gap("no 4xx problem response");
        }

        if (!responses.ContainsKey("500"))
        {
            gap("no 500 response");
        }

        if (path.Contains('{', StringComparison.Ordinal) && !responses.ContainsKey("404"))
        {
            gap("its path has parameters, but no 404 response");
        }

        foreach (var (status, response) in responses.Where(p => p.Key.Length == 3 && p.Key[0] is '4' or '5'))
        {
            if (!response.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out var problem)
                || !problem.TryGetProperty("schema", out _))
            {
                gap($"the {status} response is not application/problem+json with a schema");
            }
        }
    }

    private static void CheckRateLimit(JsonElement operation, Dictionary<string, JsonElement> responses, Action<string> gap)
    {
        if (!operation.TryGetProperty("x-rate-limit", out var limit) || !limit.TryGetProperty("limited", out var limited)
            || limited.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            gap("no x-rate-limit (its rate limit, or limited: false)");
            return;
        }

        if (limited.ValueKind == JsonValueKind.True
            && (!responses.TryGetValue("429", out var tooMany) || !tooMany.TryGetProperty("headers", out var headers) || !headers.TryGetProperty("Retry-After", out _)))
        {
            gap("rate limited, but no 429 response with a Retry-After header");
        }
    }

    private static void CheckHeaders(JsonElement operation, Dictionary<string, JsonElement> responses, Action<string> gap)
    {
        var headers = Parameters(operation).Where(p => In(p, "header")).Select(p => p.GetProperty("name").GetString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (headers.Contains("If-Match"))
        {
            foreach (var status in IfMatchProblems.Where(s => !responses.ContainsKey(s)))
            {
                gap($"takes If-Match, but no {status} response");
            }
        }

        if (headers.Contains("Idempotency-Key"))
        {
            foreach (var status in IdempotencyProblems.Where(s => !responses.ContainsKey(s)))
            {
                gap($"takes Idempotency-Key, but no {status} response");
            }
        }
    }

    private static void CheckExamples(JsonElement operation, Dictionary<string, JsonElement> responses, Action<string> gap)
    {
        foreach (var parameter in Parameters(operation).Where(p => !HasExample(p)))
        {
            gap($"the parameter {(parameter.TryGetProperty("name", out var n) ? n.GetString() : "?")} has no example");
        }

        if (operation.TryGetProperty("requestBody", out var body))
        {
            CheckContent(body, "the request body", required: true, gap);
        }

        foreach (var (status, response) in responses)
        {
            CheckContent(response, $"the {status} response", required: false, gap);
        }
    }

    private static void CheckContent(JsonElement owner, string what, bool required, Action<string> gap)
    {
        if (!owner.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object || !content.EnumerateObject().Any())
        {
            if (required)
            {
                gap($"{what} has no content type");
            }

            return;
        }

        foreach (var media in content.EnumerateObject())
        {
            if (!media.Value.TryGetProperty("schema", out _))
            {
                gap($"{what} ({media.Name}) has no schema");
            }

            if (!HasExample(media.Value))
            {
                gap($"{what} ({media.Name}) has no example");
            }
        }
    }

    private static bool HasExample(JsonElement element) =>
        element.TryGetProperty("example", out _)
        || (element.TryGetProperty("examples", out var examples) && examples.ValueKind == JsonValueKind.Object && examples.EnumerateObject().Any());

    private static List<JsonElement> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array ? [.. parameters.EnumerateArray()] : [];

    private static bool In(JsonElement parameter, string location) =>
        parameter.TryGetProperty("in", out var where) && string.Equals(where.GetString(), location, StringComparison.Ordinal);
}
