using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging;

/// <summary>
/// A transaction of the building block's own on a DbContext's connection, over one of its tables: what the outbox
/// relay and the webhook dispatcher hold while they work through a batch of rows they locked.
/// </summary>
internal abstract class BatchTransaction : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;

    protected BatchTransaction(string table, DbConnection connection, DbTransaction transaction)
    {
        Table = table;
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>The quoted table name, as the application's model maps it.</summary>
    protected string Table { get; }

    /// <summary>Opens the connection of <paramref name="db"/> and begins the transaction on it.</summary>
    protected static async Task<(DbConnection Connection, DbTransaction Transaction)> OpenAsync(DbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        try
        {
            return (connection, await connection.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            await connection.CloseAsync();
            throw;
        }
    }

    /// <summary>Commits what the batch did; the locks go with it.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    /// <summary>Rolls back what was not committed (locks released, nothing marked) and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.DisposeAsync();
        }
        finally
        {
            await _connection.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected DbCommand Command(string sql, params (string Name, object Value)[] parameters) =>
        DbCommands.Create(_connection, _transaction, sql, parameters);
}
