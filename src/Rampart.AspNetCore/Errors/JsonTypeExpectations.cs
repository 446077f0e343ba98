using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// What a field expects, said in JSON's terms (the reader's message names .NET types, which are never shown): the
/// kind of value and, for numbers, the range, so a caller sending <c>"12"</c>, <c>true</c> or <c>2^63</c> to a number
/// learns what to send instead. The field's type is found from the request type's JSON contract and the error's path.
/// </summary>
internal static class JsonTypeExpectations
{
    private static readonly Dictionary<Type, string> Known = new()
    {
        [typeof(string)] = "Expected a string.",
        [typeof(bool)] = "Expected true or false.",
        [typeof(byte)] = Integer(byte.MinValue, byte.MaxValue),
        [typeof(sbyte)] = Integer(sbyte.MinValue, sbyte.MaxValue),
        [typeof(short)] = Integer(short.MinValue, short.MaxValue),
        [typeof(ushort)] = Integer(ushort.MinValue, ushort.MaxValue),
        [typeof(int)] = Integer(int.MinValue, int.MaxValue),
        [typeof(uint)] = Integer(uint.MinValue, uint.MaxValue),
        [typeof(long)] = Integer(long.MinValue, long.MaxValue),
        [typeof(ulong)] = Integer(ulong.MinValue, ulong.MaxValue),
        [typeof(decimal)] = string.Create(CultureInfo.InvariantCulture, $"Expected a number from {decimal.MinValue} to {decimal.MaxValue}."),
        [typeof(double)] = "Expected a finite number (a 64-bit floating-point value).",
        [typeof(float)] = "Expected a finite number (a 32-bit floating-point value).",
        [typeof(Guid)] = "Expected a UUID string, for example \"0190f5a2-7c3e-7000-8000-000000000000\".",
        [typeof(DateTimeOffset)] = "Expected an ISO 8601 date and time string, for example \"2030-01-31T12:00:00Z\".",
        [typeof(DateTime)] = "Expected an ISO 8601 date and time string, for example \"2030-01-31T12:00:00Z\".",
        [typeof(DateOnly)] = "Expected an ISO 8601 date string, for example \"2030-01-31\".",
        [typeof(TimeOnly)] = "Expected an ISO 8601 time string, for example \"12:00:00\".",
        [typeof(TimeSpan)] = "Expected a duration string, for example \"00:30:00\".",
    };

    /// <summary>What a value of <paramref name="type"/> looks like in JSON.</summary>
    public static string Describe(Type type, JsonSerializerOptions options)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Known.TryGetValue(underlying, out var known))
        {
            return known;
        }

        if (underlying.IsEnum)
        {
            return "Expected one of the values this field names in the API description.";
        }

        return options.GetTypeInfo(underlying).Kind switch
        {
            JsonTypeInfoKind.Enumerable => "Expected an array.",
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "Expected an object.",
            _ => JsonErrorTranslator.WrongType,
        };
    }

    /// <summary>
    /// The type of the member at <paramref name="path"/> (<c>items[0].quantity</c>, as the error translator names
    /// fields) inside <paramref name="root"/>, or null when the path leaves the contract.
    /// </summary>
    public static Type? Resolve(Type root, string path, JsonSerializerOptions options)
    {
        var current = root;
        var position = 0;
        while (position < path.Length)
        {
            if (path[position] == '[')
            {
                var close = path.IndexOf(']', position);
                if (close < 0 || ElementType(current, options) is not { } element)
                {
                    return null;
                }

                current = element;
                position = close + 1;
                continue;
            }

            if (path[position] == '.')
            {
                position++;
                continue;
            }

            var end = path.IndexOfAny(['.', '['], position);
            var name = end < 0 ? path[position..] : path[position..end];
            var info = options.GetTypeInfo(Nullable.GetUnderlyingType(current) ?? current);
            var property = info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
            if (property is null)
            {
                return info.Kind == JsonTypeInfoKind.Dictionary ? info.ElementType : null;
            }

            current = property.PropertyType;
            position = end < 0 ? path.Length : end;
        }

        return current;
    }

    private static Type? ElementType(Type type, JsonSerializerOptions options) =>
        options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type) is { Kind: JsonTypeInfoKind.Enumerable } info ? info.ElementType : null;

    private static string Integer<T>(T min, T max)
        where T : IFormattable =>
        string.Create(CultureInfo.InvariantCulture, $"Expected a whole number from {min} to {max}.");
}
