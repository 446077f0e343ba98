using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rampart.AspNetCore.Validation;

/// <summary>
/// Reads every JSON string of a request (members, array items, dictionary keys and values) and rejects a NUL
/// character or a UTF-16 surrogate without its pair: PostgreSQL cannot store either in text, and no client means
/// them. JSON can carry both only as escapes, so an unescaped string is taken as the reader decoded it. Writing is the
/// default converter's (dictionary keys written through it keep the key policy).
/// </summary>
internal sealed class SafeStringConverter : JsonConverter<string>
{
    /// <summary>The message of the rejection; the error translator recognises it.</summary>
    public const string Message = "The string contains a NUL character or an unpaired surrogate.";

    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Check(ref reader, ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Check(ref reader, ReadString(ref reader));

    /// <summary>True when <paramref name="value"/> has no NUL and no unpaired surrogate.</summary>
    public static bool IsSafe(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0' || char.IsLowSurrogate(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            // The reader refuses some broken surrogate escapes itself; they are the same mistake.
            throw new JsonException(Message);
        }
    }

    private static string Check(ref Utf8JsonReader reader, string value) =>
        !reader.ValueIsEscaped || IsSafe(value) ? value : throw new JsonException(Message);
}
