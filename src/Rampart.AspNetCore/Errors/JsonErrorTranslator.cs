using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.AspNetCore.Validation;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// Turns a <see cref="JsonException"/> from the strict reader into a field name and a message safe to show
/// to the caller (the reader's own message names .NET types, so it is never passed through).
/// </summary>
internal static partial class JsonErrorTranslator
{
    /// <summary>The field key used when the error is about the body as a whole.</summary>
    public const string BodyField = "$";

    public const string NotInSchema = "This field is not part of the request schema.";
    public const string Required = "This field is required.";
    public const string NotNull = "This field may not be null.";
    public const string Duplicate = "This field appears more than once; send it once.";
    public const string UnsafeText = "This text may not contain a NUL character or an unpaired surrogate.";
    public const string WrongType = "The value has the wrong type for this field.";
    public const string Malformed = "The body is not well-formed JSON.";

    /// <summary>
    /// The field and message of <paramref name="exception"/>; <paramref name="requestType"/> (the endpoint's body type)
    /// and <paramref name="options"/> let a wrong-type message say what the field expects.
    /// </summary>
    public static (string Field, string Message) Translate(JsonException exception, Type? requestType = null, JsonSerializerOptions? options = null)
    {
        var raw = exception.Message;
        var field = FieldFromPath(exception.Path);
        if (raw.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return (field, NotInSchema);
        }

        if (MissingRequired().Match(raw) is { Success: true } missing)
        {
            var name = missing.Groups["name"].Value;
            return (field == BodyField ? name : $"{field}.{name}", Required);
        }

        if (raw.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return (field, Duplicate);
        }

        if (raw.StartsWith(SafeStringConverter.Message, StringComparison.Ordinal))
        {
            return (field, UnsafeText);
        }

        if (raw.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            if (exception.InnerException?.Message.Contains("token type 'Null'", StringComparison.Ordinal) == true)
            {
                return (field, NotNull);
            }

            var type = requestType is null || options is null || field == BodyField ? null : JsonTypeExpectations.Resolve(requestType, field, options);
            return (field, type is null ? WrongType : JsonTypeExpectations.Describe(type, options!));
        }

        if (raw.Contains("null", StringComparison.OrdinalIgnoreCase) && raw.Contains("nullab", StringComparison.OrdinalIgnoreCase))
        {
            return (field, NotNull);
        }

        return exception.InnerException?.GetType().Name == "JsonReaderException" ? (field, Malformed) : (field, WrongType);
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
