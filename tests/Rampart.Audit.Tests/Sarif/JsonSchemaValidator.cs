using System.Text.Json;

namespace Rampart.Audit.Tests.Sarif;

/// <summary>
/// Validates JSON against the subset of JSON Schema draft-04 the SARIF schema uses: type, required, properties,
/// additionalProperties, enum, items, uniqueItems, $ref to #/definitions, anyOf, minimum, maximum, format uri/uri-reference.
/// Returns every error with its JSON path, so a failing test says what is wrong.
/// </summary>
internal sealed class JsonSchemaValidator(JsonElement schemaRoot)
{
    public static JsonSchemaValidator Load(string path) =>
        new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(instance, schemaRoot, "$", errors);
        return errors;
    }

    private void Validate(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(value, Resolve(reference.GetString()!), path, errors);
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            errors.Add($"{path}: expected type {type.GetRawText()}, got {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(option => { var e = new List<string>(); Validate(value, option, path, e); return e.Count == 0; }))
        {
            errors.Add($"{path}: matches none of anyOf {anyOf.GetRawText()}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                ValidateObject(value, schema, path, errors);
                break;
            case JsonValueKind.Array:
                ValidateArray(value, schema, path, errors);
                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
                {
                    errors.Add($"{path}: {value.GetDouble()} is below the minimum {minimum.GetDouble()}");
                }

                if (schema.TryGetProperty("maximum", out var maximum) && value.GetDouble() > maximum.GetDouble())
                {
                    errors.Add($"{path}: {value.GetDouble()} is above the maximum {maximum.GetDouble()}");
                }

                break;
            case JsonValueKind.String when schema.TryGetProperty("format", out var format):
                var kind = format.GetString() == "uri" ? UriKind.Absolute : UriKind.RelativeOrAbsolute;
                if (format.GetString() is "uri" or "uri-reference" && !Uri.TryCreate(value.GetString(), kind, out _))
                {
                    errors.Add($"{path}: '{value.GetString()}' is not a valid {format.GetString()}");
                }

                break;
        }
    }

    private void ValidateObject(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add($"{path}: missing required property '{name}'");
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(property.Value, propertySchema, childPath, errors);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{path}: property '{property.Name}' is not allowed");
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.Object)
            {
                Validate(property.Value, additional, childPath, errors);
            }
        }
    }

    private void ValidateArray(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        var items = value.EnumerateArray().ToList();
        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var i = 0; i < items.Count; i++)
            {
                Validate(items[i], itemSchema, $"{path}[{i}]", errors);
            }
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True
            && items.Select(i => i.GetRawText()).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            errors.Add($"{path}: items are not unique");
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/definitions/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local definition references are supported, not '{reference}'.");
        }

        return schemaRoot.GetProperty("definitions").GetProperty(reference[Prefix.Length..]);
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => TypeMatches(value, t.GetString()!)) : TypeMatches(value, type.GetString()!);

    private static bool TypeMatches(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => true,
    };
}
