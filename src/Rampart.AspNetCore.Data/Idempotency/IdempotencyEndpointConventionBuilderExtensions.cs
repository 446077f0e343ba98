using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.Data.Idempotency;

namespace Rampart.AspNetCore.Data;

/// <summary>Opts an endpoint into idempotency keys.</summary>
public static class IdempotencyEndpointConventionBuilderExtensions
{
    private static readonly int[] KeyProblems =
        [StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity];

    /// <summary>Honours <c>Idempotency-Key</c> when the client sends one (needs <c>app.UseRampartIdempotency()</c>).</summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new IdempotencyMetadata(Required: false)).WithProblems(KeyProblems);
    }

    /// <summary>Requires <c>Idempotency-Key</c>: without it the request ends in 400 <c>idempotency.key_required</c>.</summary>
    public static TBuilder RequireIdempotencyKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new IdempotencyMetadata(Required: true)).WithProblems(KeyProblems);
    }
}
