using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// A plausible value for a JSON schema, for operations whose endpoint gave no example of its own: formats give their
/// kind of value (a UUIDv7, an RFC 3339 time, a date), enums their first member, bounds and lengths are kept, and
/// the property's name picks a readable string (an email for <c>email</c>, a currency code for <c>currency</c>). The
/// same schema always gives the same value, so the document is stable.
/// </summary>
internal static class SchemaExample
{
    private const int MaxDepth = 8;

    public static JsonNode? Of(IOpenApiSchema? schema, OpenApiDocument document, string? name = null) =>
        Of(schema, document, name, depth: 0, []);

    private static JsonNode? Of(IOpenApiSchema? schema, OpenApiDocument document, string? name, int depth, HashSet<string> visiting)
    {
        if (schema is null || depth > MaxDepth)
        {
            return null;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference.Id;
            if (id is null || !visiting.Add(id))
            {
                return null;
            }

            try
            {
                var target = document.Components?.Schemas is { } schemas && schemas.TryGetValue(id, out var found) ? found : reference.Target;
                return Of(target, document, name, depth + 1, visiting);
            }
            finally
            {
                visiting.Remove(id);
            }
        }

        if (schema.Examples is { Count: > 0 } given && given[0] is { } first)
        {
            return first.DeepClone();
        }

        if (schema.Enum is { Count: > 0 } members && members.FirstOrDefault(m => m is not null) is { } member)
        {
            return member.DeepClone();
        }

        var composed = schema.AllOf is { Count: > 0 } all ? Merge(all, document, name, depth, visiting)
            : (schema.OneOf ?? schema.AnyOf)?.Select(s => Of(s, document, name, depth + 1, visiting)).FirstOrDefault(n => n is not null);
        if (composed is not null)
        {
            return composed;
        }

        var type = schema.Type ?? (schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : null);
        return type switch
        {
            { } t when t.HasFlag(JsonSchemaType.Object) => ObjectOf(schema, document, depth, visiting),
            { } t when t.HasFlag(JsonSchemaType.Array) => new JsonArray(Of(schema.Items, document, Singular(name), depth + 1, visiting)),
            { } t when t.HasFlag(JsonSchemaType.Integer) => Integer(schema, name),
            { } t when t.HasFlag(JsonSchemaType.Number) => Number(schema),
            { } t when t.HasFlag(JsonSchemaType.Boolean) => JsonValue.Create(true),
            { } t when t.HasFlag(JsonSchemaType.String) => JsonValue.Create(Text(schema, name)),
            _ => null,
        };
    }

    private static JsonObject ObjectOf(IOpenApiSchema schema, OpenApiDocument document, int depth, HashSet<string> visiting)
    {
        var result = new JsonObject();
        foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            result[property] = Of(propertySchema, document, property, depth + 1, visiting);
        }

        if (result.Count == 0 && schema.AdditionalProperties is { } values && Of(values, document, null, depth + 1, visiting) is { } value)
        {
            result["key"] = value;
        }

        return result;
    }

    private static JsonObject? Merge(IList<IOpenApiSchema> parts, OpenApiDocument document, string? name, int depth, HashSet<string> visiting)
    {
        var merged = new JsonObject();
        foreach (var part in parts)
        {
            if (Of(part, document, name, depth + 1, visiting) is JsonObject piece)
            {
                foreach (var (key, value) in piece.ToList())
                {
                    piece.Remove(key);
                    merged[key] = value;
                }
            }
        }

        return merged.Count > 0 ? merged : null;
    }

    private static JsonValue Integer(IOpenApiSchema schema, string? name)
    {
        var wanted = name is not null && name.Contains("limit", StringComparison.OrdinalIgnoreCase) ? 20m
            : name is not null && (name.Contains("version", StringComparison.OrdinalIgnoreCase) || name.Contains("quantity", StringComparison.OrdinalIgnoreCase)) ? 3m
            : 1m;
        return JsonValue.Create((long)Within(schema, wanted, step: 1m));
    }

    private static JsonValue Number(IOpenApiSchema schema) => JsonValue.Create(Within(schema, 19.99m, step: 0.01m));

    private static decimal Within(IOpenApiSchema schema, decimal wanted, decimal step)
    {
        var value = wanted;
        if (Bound(schema.Minimum) is { } min && value < min)
        {
            value = min;
        }

        if (Bound(schema.ExclusiveMinimum) is { } above && value <= above)
        {
            value = above + step;
        }

        if (Bound(schema.Maximum) is { } max && value > max)
        {
            value = max;
        }

        if (Bound(schema.ExclusiveMaximum) is { } below && value >= below)
        {
            value = below - step;
        }

        return value;
    }

    private static decimal? Bound(string? text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Text(IOpenApiSchema schema, string? name)
    {
        var text = schema.Format switch
        {
            "uuid" => "0193b5c4-7c1e-7a51-9d2f-3c5e8a1b2c3d",
            "date-time" => "2026-03-14T09:30:00+00:00",
            "date" => "2026-03-14",
            "time" => "09:30:00",
            "duration" => "PT5M",
            "email" => "ada@example.com",
            "uri" or "url" => "https://example.com/",
            "byte" => "UmFtcGFydA==",
            _ => ByName(name),
        };
        if (schema.MinLength is { } least && text.Length < least)
        {
            text = text.PadRight(least, 'x');
        }

        return schema.MaxLength is { } most && text.Length > most ? text[..most] : text;
    }

    private static string ByName(string? name)
    {
        var key = name?.ToLowerInvariant() ?? string.Empty;
        return key switch
        {
            _ when key.Contains("email", StringComparison.Ordinal) => "ada@example.com",
            _ when key.Contains("password", StringComparison.Ordinal) => "correct-horse-battery-staple",
            _ when key.Contains("currency", StringComparison.Ordinal) => "EUR",
            _ when key.Contains("cursor", StringComparison.Ordinal) => "eyJpZCI6IjAxOTNiNWM0In0",
            _ when key.Contains("token", StringComparison.Ordinal) => "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIwMTkzIn0.c2ln",
            _ when key.Contains("url", StringComparison.Ordinal) || key.Contains("uri", StringComparison.Ordinal) => "https://example.com/",
            _ when key is "sku" || key.EndsWith("code", StringComparison.Ordinal) => "ABC-123",
            _ when key.Contains("name", StringComparison.Ordinal) || key.Contains("title", StringComparison.Ordinal) => "Example name",
            _ => "text",
        };
    }

    private static string? Singular(string? name) =>
        name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : name;
}
