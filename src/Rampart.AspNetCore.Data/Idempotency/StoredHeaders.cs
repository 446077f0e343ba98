using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>The response headers kept with a stored response (as a JSON object of string arrays) and put back on replay.</summary>
internal static class StoredHeaders
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    // Per connection or per response, never the stored answer's.
    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.TransferEncoding, HeaderNames.Connection, HeaderNames.KeepAlive,
        HeaderNames.SetCookie, HeaderNames.ContentLength, "X-Request-Id", "traceparent", "tracestate", ReplayedHeader,
    };

    public static string Capture(IHeaderDictionary headers)
    {
        var kept = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            if (!NotReplayed.Contains(name))
            {
                kept[name] = [.. values.Select(v => v ?? string.Empty)];
            }
        }

        return JsonSerializer.Serialize(kept);
    }

    public static void Replay(string? stored, IHeaderDictionary headers)
    {
        var kept = stored is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string[]>>(stored) ?? [];
        foreach (var (name, values) in kept)
        {
            headers[name] = values;
        }

        headers[ReplayedHeader] = "true";
    }
}
