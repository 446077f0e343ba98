using Skeleton.Application.Common;
using Skeleton.Domain.Common;

namespace Skeleton.Tests.UseCases.Fakes;

/// <summary>
/// The unit of work and event publisher in memory, with the real one's semantics: the repositories hand out working
/// copies, and only a save that succeeds writes them back, together with the tracked aggregates' domain events and the
/// published ones (<see cref="Committed"/>). A failed save forgets everything, so a retry loads again. A test makes
/// the next saves fail as the database would (a concurrent write, a taken unique key).
/// </summary>
internal sealed class InMemoryUnitOfWork : IUnitOfWork, IEventPublisher
{
    private readonly List<(Entity Entity, Action Commit)> _enlisted = [];
    private readonly List<IDomainEvent> _published = [];
    private readonly Queue<Exception> _failures = new();

    public int Saves { get; private set; }

    public List<IDomainEvent> Committed { get; } = [];

    /// <summary>Runs <paramref name="commit"/> (writing <paramref name="entity"/> back to its store) at the next successful save.</summary>
    public void Enlist(Entity entity, Action commit) => _enlisted.Add((entity, commit));

    public void FailNextSaveWith(Exception failure) => _failures.Enqueue(failure);

    public void Publish(IDomainEvent domainEvent, Guid orderingKey) => _published.Add(domainEvent);

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        if (_failures.TryDequeue(out var failure))
        {
            _enlisted.Clear();
            _published.Clear();
            throw failure;
        }

        foreach (var (entity, commit) in _enlisted)
        {
            Committed.AddRange(entity.DomainEvents);
            entity.ClearDomainEvents();
            commit();
        }

        Committed.AddRange(_published);
        _enlisted.Clear();
        _published.Clear();
        Saves++;
        return Task.CompletedTask;
    }
}
