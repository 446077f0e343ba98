using System.Data.Common;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Builds parameterised commands on a connection and transaction the building block holds itself.</summary>
internal static class DbCommands
{
    public static DbCommand Create(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Callers interpolate only table names read from the EF model, quoted.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
