using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rampart.AspNetCore.Validation;

/// <summary>
/// The strict JSON contract every Rampart service reads and writes: camelCase, unknown members rejected, required
/// members and nullable annotations enforced, numbers only from JSON numbers, a member given twice rejected, and no string
/// with a NUL character or an unpaired surrogate.
/// </summary>
public static class StrictJson
{
    /// <summary>Applies the strict settings to <paramref name="options"/> (used for minimal APIs, and for MVC if a service uses it).</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = FieldNamingPolicy.Instance;
        options.PropertyNameCaseInsensitive = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectRequiredConstructorParameters = true;
        options.RespectNullableAnnotations = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.AllowTrailingCommas = false;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.AllowDuplicateProperties = false;
        if (!options.Converters.OfType<SafeStringConverter>().Any())
        {
            options.Converters.Add(new SafeStringConverter());
        }
    }
}
