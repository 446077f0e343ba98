using System.Text.RegularExpressions;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// Reads the parameter name out of the minimal-API binder's messages for route, query and header values
/// (<c>Failed to bind parameter "int limit" from "abc".</c>, <c>Required parameter "int limit" was not provided…</c>)
/// so the 400 names the field; the binder exposes it nowhere else.
/// </summary>
internal static partial class ParameterErrorTranslator
{
    public static (string Field, string Message)? Translate(string binderMessage)
    {
        if (FailedToBind().Match(binderMessage) is { Success: true } failed)
        {
            return (failed.Groups["name"].Value, "The value is not valid for this parameter.");
        }

        if (RequiredMissing().Match(binderMessage) is { Success: true } missing)
        {
            return (missing.Groups["name"].Value, "This parameter is required.");
        }

        return null;
    }

    [GeneratedRegex("""^Failed to bind parameter "[^"]*?(?<name>[A-Za-z_][A-Za-z0-9_]*)" from""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex FailedToBind();

    [GeneratedRegex("""^Required parameter "[^"]*?(?<name>[A-Za-z_][A-Za-z0-9_]*)" was not provided""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex RequiredMissing();
}
