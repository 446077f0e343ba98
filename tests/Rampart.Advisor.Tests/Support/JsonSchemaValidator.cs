using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.Advisor.Tests.Support;

/// <summary>
/// Validates JSON against the subset of JSON Schema 2020-12 that advise.schema.json uses (type, const, enum, properties,
/// required, additionalProperties: false, items, minItems, maxItems, minLength, minimum, local $ref). No schema package
/// restores here; an unsupported keyword fails loudly rather than being ignored.
/// </summary>
internal sealed class JsonSchemaValidator(JsonNode schema)
{
    private static readonly HashSet<string> Supported =
    [
        "$schema", "$id", "title", "description", "$defs", "type", "const", "enum", "properties", "required",
        "additionalProperties", "items", "minItems", "maxItems", "minLength", "minimum", "$ref",
    ];

    public IReadOnlyList<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Check(schema, instance, "$", errors);
        return errors;
    }

    private void Check(JsonNode node, JsonNode? value, string path, List<string> errors)
    {
        var s = node.AsObject();
        foreach (var keyword in s.Select(p => p.Key).Where(k => !Supported.Contains(k)))
        {
            throw new NotSupportedException($"Schema keyword '{keyword}' at {path} is not supported by the test validator.");
        }

        if (s["$ref"] is JsonNode reference)
        {
            var name = reference.GetValue<string>().Replace("#/$defs/", string.Empty, StringComparison.Ordinal);
            Check(schema["$defs"]![name]!, value, path, errors);
            return;
        }

        if (s["type"] is JsonNode type)
        {
            var allowed = type is JsonArray array ? array.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Contains(TypeOf(value)) && !(allowed.Contains("number") && TypeOf(value) == "integer"))
            {
                errors.Add($"{path}: expected {string.Join(" or ", allowed)}, found {TypeOf(value)}");
                return;
            }
        }

        if (s["const"] is JsonNode constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant.ToJsonString()}");
        }

        if (s["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value?.ToJsonString()} is not one of {options.ToJsonString()}");
        }

        switch (value)
        {
            case JsonObject obj:
                CheckObject(s, obj, path, errors);
                break;
            case JsonArray items:
                CheckArray(s, items, path, errors);
                break;
            case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String:
                if (s["minLength"] is JsonNode min && scalar.GetValue<string>().Length < min.GetValue<int>())
                {
                    errors.Add($"{path}: shorter than {min}");
                }

                break;
            case JsonValue number when number.GetValueKind() == JsonValueKind.Number:
                if (s["minimum"] is JsonNode minimum && number.GetValue<decimal>() < minimum.GetValue<decimal>())
                {
                    errors.Add($"{path}: below {minimum}");
                }

                break;
        }
    }

    private void CheckObject(JsonObject s, JsonObject obj, string path, List<string> errors)
    {
        var properties = s["properties"]?.AsObject();
        foreach (var required in s["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
        {
            if (!obj.ContainsKey(required))
            {
                errors.Add($"{path}: missing required '{required}'");
            }
        }

        foreach (var (name, child) in obj)
        {
            if (properties?[name] is JsonNode propertySchema)
            {
                Check(propertySchema, child, $"{path}.{name}", errors);
            }
            else if (s["additionalProperties"] is JsonNode extra && !extra.GetValue<bool>())
            {
                errors.Add($"{path}: unexpected property '{name}'");
            }
        }
    }

    private void CheckArray(JsonObject s, JsonArray items, string path, List<string> errors)
    {
        if (s["minItems"] is JsonNode min && items.Count < min.GetValue<int>())
        {
            errors.Add($"{path}: fewer than {min} items");
        }

        if (s["maxItems"] is JsonNode max && items.Count > max.GetValue<int>())
        {
            errors.Add($"{path}: more than {max} items");
        }

        if (s["items"] is JsonNode itemSchema)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(itemSchema, items[i], $"{path}[{i}]", errors);
            }
        }
    }

    private static string TypeOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => v.TryGetValue<long>(out _) || v.ToJsonString().All(c => char.IsDigit(c) || c == '-') ? "integer" : "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        },
        _ => "unknown",
    };
}
