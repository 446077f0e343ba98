namespace Skeleton.Core.Common;

/// <summary>
/// Outbound port: commits what the use case changed — entities, the events it published and the notifications it
/// sent — together, or nothing. A concurrent change is reported as the given conflict, never thrown.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Commits; on a stale version returns <paramref name="onConflict"/>, on a broken unique rule the matching error.</summary>
    Task<Result> CommitAsync(CoreError onConflict, CancellationToken cancellationToken);

    /// <summary>Forgets every uncommitted change, so the next read sees the stored state (to retry after a conflict).</summary>
    void Discard();
}
