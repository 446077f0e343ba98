using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.OpenApi;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>Endpoint metadata: the endpoint honours <c>Idempotency-Key</c>, and whether it requires one.</summary>
/// <param name="Required">True when a request without the header is rejected with 400 <c>idempotency.key_required</c>.</param>
public sealed record IdempotencyMetadata(bool Required) : IRequestHeaderMetadata
{
    private static readonly HeaderProblem[] KeyProblems =
    [
        new(StatusCodes.Status400BadRequest, IdempotencyErrors.KeyInvalid),
        new(StatusCodes.Status409Conflict, IdempotencyErrors.InFlight),
        new(StatusCodes.Status422UnprocessableEntity, IdempotencyErrors.KeyReused),
    ];

    private static readonly HeaderProblem[] RequiredKeyProblems = [new(StatusCodes.Status400BadRequest, IdempotencyErrors.KeyRequired), .. KeyProblems];

    string IRequestHeaderMetadata.HeaderName => IdempotencyMiddleware.HeaderName;

    bool IRequestHeaderMetadata.IsRequired => Required;

    string IRequestHeaderMetadata.Description =>
        "A client-chosen key (a UUID) that makes a retry safe: the same key with the same body answers the first response again without running the work twice; with another body it is 422, while the first is still running 409.";

    string IRequestHeaderMetadata.Example => "0193b5c4-7c1e-7a51-9d2f-3c5e8a1b2c3d";

    IReadOnlyList<HeaderProblem> IRequestHeaderMetadata.Problems => Required ? RequiredKeyProblems : KeyProblems;
}
