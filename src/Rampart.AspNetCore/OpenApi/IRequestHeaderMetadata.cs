namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// Endpoint metadata of a building block that reads a request header its own filter checks (<c>Idempotency-Key</c>,
/// <c>If-Match</c>): the OpenAPI document lists the header as a parameter of the operation, with the problem codes its
/// checks answer with, so a client learns the header from the document rather than from a 428.
/// </summary>
public interface IRequestHeaderMetadata
{
    /// <summary>The header's name, for example <c>If-Match</c>.</summary>
    string HeaderName { get; }

    /// <summary>Whether a request without the header is refused.</summary>
    bool IsRequired { get; }

    /// <summary>What the header does, one or two sentences for the document.</summary>
    string Description { get; }

    /// <summary>A value of the header as a client sends it, for the document's example.</summary>
    string Example { get; }

    /// <summary>The problem responses the header's checks give: each status with its stable <c>code</c>.</summary>
    IReadOnlyList<HeaderProblem> Problems { get; }
}

/// <summary>A problem response a header check gives: its status and its stable <c>code</c>.</summary>
/// <param name="Status">The HTTP status, for example 428.</param>
/// <param name="Code">The problem's <c>code</c>, for example <c>concurrency.if_match_required</c>.</param>
public sealed record HeaderProblem(int Status, string Code);
