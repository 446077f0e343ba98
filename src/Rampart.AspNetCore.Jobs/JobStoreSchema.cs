using System.Text;
using Quartz;

namespace Rampart.AspNetCore.Jobs;

/// <summary>
/// The job store's tables, as the Quartz version in use defines them: the PostgreSQL script Quartz ships for its own
/// provisioning (every statement is CREATE … IF NOT EXISTS, so it is safe on an existing schema), under this service's
/// schema. Rampart runs it from the <c>migrate</c> command instead of letting each instance create tables at start.
/// </summary>
internal static class JobStoreSchema
{
    private const string ScriptResource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";
    private const string StatementSeparator = "--;;";
    private const string TablePrefix = "qrtz_";

    /// <summary>The table the store needs first; its presence is what <c>migrations list</c> reports as applied.</summary>
    public const string MarkerTable = "locks";

    /// <summary>The name <c>migrate</c> and <c>migrations list</c> show for the job store.</summary>
    public const string MigrationName = "QuartzJobStore";

    public static string Prefix(string schema) => $"{schema}.{TablePrefix}";

    public static string Marker(string schema) => $"{Prefix(schema)}{MarkerTable}";

    /// <summary>The statements that create what is missing of the store in <paramref name="schema"/>, the schema first.</summary>
    public static IReadOnlyList<string> Statements(string schema)
    {
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException(
                $"The Quartz package in use has no PostgreSQL schema script ({ScriptResource}): the job store cannot be migrated. Use the Quartz version Rampart.AspNetCore.Jobs was built with.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd();
        var statements = new List<string> { $"CREATE SCHEMA IF NOT EXISTS {schema}" };
        var statement = new StringBuilder();
        foreach (var line in script.Split('\n'))
        {
            // Statements are separated by a line that reads exactly "--;;"; other comment lines are dropped.
            if (line.Trim() == StatementSeparator)
            {
                Add(statements, statement, schema);
            }
            else if (!line.TrimStart().StartsWith("--", StringComparison.Ordinal))
            {
                statement.Append(line.TrimEnd('\r')).Append('\n');
            }
        }

        Add(statements, statement, schema);
        return statements;
    }

    private static void Add(List<string> statements, StringBuilder statement, string schema)
    {
        var sql = statement.ToString().Trim().TrimEnd(';');
        statement.Clear();
        if (sql.Length > 0)
        {
            statements.Add(sql.Replace("{0}", Prefix(schema), StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal));
        }
    }
}
