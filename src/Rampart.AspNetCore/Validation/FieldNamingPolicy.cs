using System.Text.Json;

namespace Rampart.AspNetCore.Validation;

/// <summary>
/// camelCase for member names, as written for names with a hyphen: those are HTTP header names
/// (<c>Idempotency-Key</c>, <c>If-Match</c>) named in field errors, and a client matches them as it sent them.
/// A C# member name never contains a hyphen, so nothing the model produces is left uncased.
/// </summary>
internal sealed class FieldNamingPolicy : JsonNamingPolicy
{
    public static FieldNamingPolicy Instance { get; } = new();

    public override string ConvertName(string name) =>
        name.Contains('-', StringComparison.Ordinal) ? name : CamelCase.ConvertName(name);
}
