namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// Where idempotency keys live. A keyed request runs inside one database transaction that the store opens: the key is
/// held for that transaction, the request's DbContexts join it, and the stored response commits with the work — so a
/// crash at any point leaves either both or neither. The default keeps keys in PostgreSQL through the service's own
/// DbContext; a replacement must give the same guarantee (a cache that cannot share the work's transaction cannot).
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Opens the transaction of a keyed request on the connection of the request's DbContext, and finds the key:
    /// completed (its stored response), held by a request still running, or taken for this one. Of any number of
    /// concurrent attempts on one key, on any number of instances, at most one takes it.
    /// </summary>
    /// <param name="requestServices">The request's services: the transaction uses its DbContext's connection.</param>
    /// <param name="scope">Whose key it is.</param>
    /// <param name="key">The key as sent.</param>
    /// <param name="now">The current time: a record that expired before it is as good as absent.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    Task<IIdempotencyTransaction> BeginAsync(
        IServiceProvider requestServices, string scope, string key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes keys that expired before <paramref name="now"/>; returns how many.</summary>
    Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
