using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// Turns a <see cref="JsonException"/> from the strict reader into a field name and a message safe to show
/// to the caller (the reader's own message names .NET types, so it is never passed through).
/// </summary>
internal static partial class JsonErrorTranslator
{
    /// <summary>The field key used when the error is about the body as a whole.</summary>
    public const string BodyField = "$";

    public static (string Field, string Message) Translate(JsonException exception)
    {
        var raw = exception.Message;
        var field = FieldFromPath(exception.Path);
        if (raw.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return (field, "This field is not part of the request schema.");
        }

        if (MissingRequired().Match(raw) is { Success: true } missing)
        {
            var name = missing.Groups["name"].Value;
            return (field == BodyField ? name : $"{field}.{name}", "This field is required.");
        }

        if (raw.Contains("null", StringComparison.OrdinalIgnoreCase) && raw.Contains("nullab", StringComparison.OrdinalIgnoreCase))
        {
            return (field, "This field may not be null.");
        }

        return exception.InnerException?.GetType().Name == "JsonReaderException"
            ? (field, "The body is not well-formed JSON.")
            : (field, "The value has the wrong type for this field.");
    }

    private static string FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return BodyField;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    [GeneratedRegex("missing required properties including: '(?<name>[^']+)'", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex MissingRequired();
}
