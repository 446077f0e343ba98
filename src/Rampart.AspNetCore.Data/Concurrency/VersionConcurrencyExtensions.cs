using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Entities;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data;

/// <summary>Checks a caller's expected version against an entity, and carries it into the UPDATE.</summary>
public static class VersionConcurrencyExtensions
{
    /// <summary>
    /// The 412 error of <paramref name="expected"/> when <paramref name="entity"/> is at another version; otherwise
    /// success, having made the expected version the UPDATE's condition, so a change committed in between fails the
    /// save (and becomes 412 too) instead of being overwritten.
    /// </summary>
    /// <example><c>if (db.ExpectVersion(product, expected).Error is { } stale) return stale.ToProblemResult();</c></example>
    public static Result ExpectVersion<TEntity>(this DbContext context, TEntity entity, ExpectedVersion expected)
        where TEntity : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(expected);
        if (entity.Version != expected.Value)
        {
            return expected.Conflict();
        }

        context.Entry(entity).Property(e => e.Version).OriginalValue = expected.Value;
        return Result.Success();
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> (read, change, save) again, on a cleared change tracker, when a write that
    /// committed in between made its save fail the version check — for changes the caller did not make conditional on
    /// a version (a DELETE without <c>If-Match</c>), which must win over concurrent writes instead of answering 412.
    /// After <paramref name="attempts"/> conflicts in a row the last one is thrown (and becomes 412).
    /// </summary>
    public static async Task<T> RetryOnVersionConflictAsync<T>(
        this DbContext context, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken, int attempts = 5)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        for (var tried = 1; ; tried++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (tried < attempts)
            {
                context.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Sets <c>ETag: "&lt;version&gt;"</c> on the response.</summary>
    public static void SetVersionETag(this HttpResponse response, long version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = FormatETag(version);
    }

    /// <summary>The strong ETag of a version: <c>"&lt;version&gt;"</c>.</summary>
    public static string FormatETag(long version) => $"\"{version}\"";
}
