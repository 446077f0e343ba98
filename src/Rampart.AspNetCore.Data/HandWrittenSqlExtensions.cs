using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Rampart.AspNetCore.Data;

/// <summary>
/// One hand-written <c>SELECT</c> on a DbContext's own connection, for the few hot reads where EF Core's per-query work
/// (building the expression tree, extracting its parameters, looking the query up) costs more than the query itself.
/// The statement runs in the context's current transaction, if any (an idempotent request's), and the connection is
/// opened and closed as EF Core would, so the context stays usable for everything else.
/// </summary>
public static class HandWrittenSqlExtensions
{
    /// <summary>
    /// Runs <paramref name="sql"/> with <paramref name="parameters"/> bound positionally (<c>$1</c>, <c>$2</c>, …; a null
    /// is SQL NULL) and maps every row with <paramref name="map"/>. The SQL is a constant of the caller: values only ever
    /// travel as parameters. Soft delete is not applied for you: say <c>deleted_at IS NULL</c> where it matters.
    /// </summary>
    public static async Task<List<T>> ReadRowsAsync<T>(
        this DatabaseFacade database, string sql, IReadOnlyList<object?> parameters, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(map);
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
#pragma warning disable CA2100 // The caller's constant SQL; every value is a parameter.
            command.CommandText = sql;
#pragma warning restore CA2100
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            foreach (var value in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(map(reader));
            }

            return rows;
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
