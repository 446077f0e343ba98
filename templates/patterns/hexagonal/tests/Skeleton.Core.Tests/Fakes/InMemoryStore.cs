using Skeleton.Core.Common;

namespace Skeleton.Core.Tests.Fakes;

/// <summary>
/// The fake unit of work and the "database" behind the fake repositories: a commit stamps every changed aggregate with
/// the next version, as the real adapter does; <see cref="ConflictOnNextCommit"/> plays a concurrent writer.
/// </summary>
internal sealed class InMemoryStore(TimeProvider clock) : IUnitOfWork
{
    private readonly HashSet<Aggregate> _pending = new(ReferenceEqualityComparer.Instance);

    public int Commits { get; private set; }

    public bool ConflictOnNextCommit { get; set; }

    public void Touch(Aggregate aggregate) => _pending.Add(aggregate);

    public Task<Result> CommitAsync(CoreError onConflict, CancellationToken cancellationToken)
    {
        if (ConflictOnNextCommit)
        {
            ConflictOnNextCommit = false;
            return Task.FromResult<Result>(onConflict);
        }

        var now = clock.GetUtcNow();
        foreach (var aggregate in _pending)
        {
            aggregate.Stamp(aggregate.Version + 1, aggregate.Version == 0 ? now : aggregate.CreatedAt, now);
        }

        _pending.Clear();
        Commits++;
        return Task.FromResult(Result.Success());
    }

    public void Discard() => _pending.Clear();
}
