using Rampart.AspNetCore.Data.Entities;
using Skeleton.Core.Common;

namespace Skeleton.Adapters.Persistence;

/// <summary>The usual pairing: the core object's state is copied by <paramref name="apply"/>, the storage fields stamped back.</summary>
internal sealed class Tracked<TAggregate, TRecord>(TAggregate aggregate, TRecord record, Action<TAggregate, TRecord> apply) : ITracked
    where TAggregate : Aggregate
    where TRecord : Entity
{
    public void Apply() => apply(aggregate, record);

    public void Stamp() => aggregate.Stamp(record.Version, record.CreatedAt, record.UpdatedAt);
}
