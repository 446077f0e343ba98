namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// The database transaction the current request runs in, when the request carries an idempotency key: the request's
/// DbContexts join it and nothing they save is committed before the stored response. Work that must follow the commit
/// (waking the outbox relay, for example) registers with <see cref="OnCommitted"/>. Scoped to the request.
/// </summary>
public interface IRequestTransaction
{
    /// <summary>True while the request's transaction is open.</summary>
    bool IsActive { get; }

    /// <summary>Runs <paramref name="callback"/> once the transaction committed; never when it rolls back.</summary>
    void OnCommitted(Action callback);
}
