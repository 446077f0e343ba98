using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>A problem-details body as the edge writes it, for the document's examples.</summary>
internal static class ProblemExample
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    public static JsonObject For(int status, string? code, string? relativePath, bool validation = false)
    {
        var problem = new JsonObject
        {
            ["type"] = TypeOf(status),
            ["title"] = ReasonPhrases.GetReasonPhrase(status),
            ["status"] = status,
            ["detail"] = validation ? "One or more fields are invalid; see errors." : DetailOf(status),
            ["instance"] = "/" + (relativePath ?? string.Empty).TrimStart('/'),
            ["code"] = validation ? ProblemCodes.ValidationFailed : code ?? ProblemCodes.ForStatus(status),
            ["traceId"] = TraceId,
        };
        if (validation)
        {
            problem["errors"] = new JsonObject { ["name"] = new JsonArray("The name is required.") };
        }

        return problem;
    }

    // The types the framework and the edge give (RFC 9110 sections; RFC 6585 for 428 and 429).
    private static string TypeOf(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        412 => "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        428 => "https://tools.ietf.org/html/rfc6585#section-3",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "about:blank",
    };

    private static string DetailOf(int status) => status switch
    {
        401 => "Authentication is required.",
        403 => "You may not do this.",
        404 => "No resource exists at this address.",
        409 => "The request conflicts with the resource's current state.",
        412 => "The resource changed since you read it; read it again and retry with its new ETag.",
        413 => "The request body is larger than this endpoint accepts.",
        415 => "The request body's media type is not accepted; send application/json.",
        428 => "This request needs If-Match with the ETag you read.",
        429 => "Too many requests; retry after the time in Retry-After.",
        500 => "An unexpected error occurred.",
        _ => ReasonPhrases.GetReasonPhrase(status) + ".",
    };
}
