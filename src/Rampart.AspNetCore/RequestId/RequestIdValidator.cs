namespace Rampart.AspNetCore.RequestId;

/// <summary>Decides whether a caller's request id is safe to echo and log.</summary>
internal static class RequestIdValidator
{
    public static bool IsAcceptable(string value, int maxLength)
    {
        if (value.Length is 0 || value.Length > maxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}
