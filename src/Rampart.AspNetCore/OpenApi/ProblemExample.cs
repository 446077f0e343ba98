using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
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

    // The edge's own types (RFC 6585 and 413) first, then the framework's RFC 9110 sections for the rest.
    private static string TypeOf(int status) => ErrorsServiceCollectionExtensions.DefaultType(status) is var own && own != "about:blank" ? own : status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        412 => "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "about:blank",
    };

    // The edge's default details, and for the statuses it leaves to the endpoint a sentence of what they mean here.
    private static string DetailOf(int status) => ErrorsServiceCollectionExtensions.DefaultDetail(status) ?? status switch
    {
        409 => "The request conflicts with the resource's current state.",
        412 => "The resource changed since you read it; read it again and retry with its new ETag.",
        428 => "This request needs If-Match with the ETag you read.",
        429 => "Too many requests; retry after the time in Retry-After.",
        500 => ErrorsServiceCollectionExtensions.UnexpectedDetail,
        _ => ReasonPhrases.GetReasonPhrase(status) + ".",
    };
}
