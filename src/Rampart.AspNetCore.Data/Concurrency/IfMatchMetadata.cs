using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.OpenApi;

namespace Rampart.AspNetCore.Data.Concurrency;

/// <summary>Endpoint metadata: the endpoint needs <c>If-Match</c>, and a stale version is reported with <see cref="ConflictCode"/>.</summary>
/// <param name="ConflictCode">Error code of the 412, for example <c>catalog.version_conflict</c>.</param>
public sealed record IfMatchMetadata(string ConflictCode) : IRequestHeaderMetadata
{
    string IRequestHeaderMetadata.HeaderName => "If-Match";

    bool IRequestHeaderMetadata.IsRequired => true;

    string IRequestHeaderMetadata.Description =>
        "The ETag of the version you read (strong, quoted). Without it the request is 428; when the resource has changed since, 412: read it again and retry with the new ETag.";

    string IRequestHeaderMetadata.Example => "\"3\"";

    IReadOnlyList<HeaderProblem> IRequestHeaderMetadata.Problems =>
    [
        new(StatusCodes.Status400BadRequest, ExpectedVersion.InvalidCode),
        new(StatusCodes.Status412PreconditionFailed, ConflictCode),
        new(StatusCodes.Status428PreconditionRequired, ExpectedVersion.RequiredCode),
    ];
}
