using System.Data.Common;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// One keyed request's database transaction. While <see cref="State"/> is <see cref="IdempotencyKeyState.Taken"/> the
/// key is held by it (a lock that ends with the transaction, so a crashed process holds nothing); disposing without
/// <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public interface IIdempotencyTransaction : IAsyncDisposable
{
    /// <summary>What the key was found to be.</summary>
    IdempotencyKeyState State { get; }

    /// <summary>The stored record when <see cref="State"/> is <see cref="IdempotencyKeyState.Completed"/>.</summary>
    IdempotencyRecord? Existing { get; }

    /// <summary>The open transaction the request's DbContexts join (its connection is theirs too).</summary>
    DbTransaction Transaction { get; }

    /// <summary>Stores <paramref name="record"/> and commits it with the request's work, in one round trip.</summary>
    Task CommitAsync(IdempotencyRecord record, CancellationToken cancellationToken);
}
