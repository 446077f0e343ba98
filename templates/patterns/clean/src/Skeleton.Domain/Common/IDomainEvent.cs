namespace Skeleton.Domain.Common;

/// <summary>
/// Something that happened in the domain that others may react to. Aggregates raise them (<see cref="Entity.Raise"/>);
/// the unit of work writes them to the outbox in the same transaction as the change, so a reaction only ever follows a
/// committed change, and every reaction runs once.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1040", Justification = "A marker: a domain event is any record an aggregate raises.")]
public interface IDomainEvent;
