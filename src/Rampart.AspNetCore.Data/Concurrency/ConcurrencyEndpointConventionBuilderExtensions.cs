using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.Data.Concurrency;

namespace Rampart.AspNetCore.Data;

/// <summary>Optimistic concurrency on an endpoint.</summary>
public static class ConcurrencyEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Requires <c>If-Match: "&lt;version&gt;"</c> (428 without it) and reports a stale version, whether found by the
    /// handler or by the database, as 412 with <paramref name="conflictCode"/>.
    /// </summary>
    public static TBuilder RequireIfMatch<TBuilder>(this TBuilder builder, string conflictCode = ExpectedVersion.DefaultConflictCode)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(conflictCode);
        builder.WithMetadata(new IfMatchMetadata(conflictCode));
        builder.AddEndpointFilter(new IfMatchFilter());
        return builder.WithProblems(StatusCodes.Status400BadRequest, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
    }
}
