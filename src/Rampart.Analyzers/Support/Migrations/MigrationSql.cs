using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support.Migrations;

/// <summary>
/// Reads the statements of a migration's <c>Sql(…)</c> block into the same steps as the builder's calls, the way
/// PostgreSQL migration linters read DDL: which table and column each statement changes, and whether it is written
/// the non-blocking way (a DEFAULT with NOT NULL, CREATE INDEX CONCURRENTLY, ADD CONSTRAINT … NOT VALID).
/// </summary>
internal static class MigrationSql
{
    private const string Name = @"(?:""[^""]+""|\[[^\]]+\]|`[^`]+`|[\w$]+)(?:\.(?:""[^""]+""|\[[^\]]+\]|`[^`]+`|[\w$]+))*";

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private static readonly Regex CreateTable = Make($@"^CREATE\s+(?:UNLOGGED\s+|TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?<table>{Name})");

    private static readonly Regex DropTable = Make($@"^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?<table>{Name})");

    private static readonly Regex CreateIndex = Make($@"^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?<concurrently>CONCURRENTLY\s+)?[\s\S]*?\bON\s+(?:ONLY\s+)?(?<table>{Name})");

    private static readonly Regex AlterTable = Make($@"^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?<table>{Name})\s+(?<rest>[\s\S]*)$");

    private static readonly Regex AddColumn = Make($@"^ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?<column>{Name})\s+(?<definition>[\s\S]*)$");

    private static readonly Regex AlterType = Make($@"^ALTER\s+(?:COLUMN\s+)?(?<column>{Name})\s+(?:SET\s+DATA\s+)?TYPE\b");

    private static readonly Regex RenameColumn = Make($@"^RENAME\s+(?:COLUMN\s+)?(?<column>{Name})\s+TO\b");

    private static readonly Regex RenameTable = Make(@"^RENAME\s+TO\b");

    private static readonly Regex DropColumn = Make($@"^DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?(?<column>{Name})");

    private static readonly Regex AddConstraint = Make(@"^ADD\s+(?:CONSTRAINT\s+\S+\s+)?(?<kind>FOREIGN\s+KEY|CHECK|UNIQUE|PRIMARY\s+KEY)\b[\s\S]*?(?<notvalid>\bNOT\s+VALID\b)?\s*$");

    public static IEnumerable<MigrationStep> Read(string sql, IInvocationOperation call)
    {
        var steps = new List<MigrationStep>();
        try
        {
            foreach (var statement in Statements(sql))
            {
                Read(statement, call, steps);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological block is not judged rather than stalling the compiler.
        }

        return steps;
    }

    private static void Read(string statement, IInvocationOperation call, List<MigrationStep> steps)
    {
        if (CreateTable.Match(statement) is { Success: true } create)
        {
            steps.Add(new MigrationStep(MigrationStepKind.CreateTable, Unquote(create.Groups["table"].Value), null, call));
        }
        else if (DropTable.Match(statement) is { Success: true } drop)
        {
            steps.Add(new MigrationStep(MigrationStepKind.DropTable, Unquote(drop.Groups["table"].Value), null, call));
        }
        else if (CreateIndex.Match(statement) is { Success: true } index)
        {
            steps.Add(new MigrationStep(MigrationStepKind.CreateIndex, Unquote(index.Groups["table"].Value), null, call, index.Groups["concurrently"].Success));
        }
        else if (AlterTable.Match(statement) is { Success: true } alter)
        {
            var table = Unquote(alter.Groups["table"].Value);
            foreach (var action in Actions(alter.Groups["rest"].Value))
            {
                if (Action(action, table, call) is { } step)
                {
                    steps.Add(step);
                }
            }
        }
    }

    private static MigrationStep? Action(string action, string table, IInvocationOperation call)
    {
        if (AddConstraint.Match(action) is { Success: true } constraint)
        {
            var kind = constraint.Groups["kind"].Value.ToUpperInvariant();
            return kind.StartsWith("FOREIGN", StringComparison.Ordinal) ? new MigrationStep(MigrationStepKind.AddForeignKey, table, null, call, constraint.Groups["notvalid"].Success)
                : kind == "CHECK" ? new MigrationStep(MigrationStepKind.AddCheckConstraint, table, null, call, constraint.Groups["notvalid"].Success)
                : new MigrationStep(MigrationStepKind.AddUniqueConstraint, table, null, call, action.IndexOf("USING INDEX", StringComparison.OrdinalIgnoreCase) >= 0);
        }

        if (AddColumn.Match(action) is { Success: true } add)
        {
            var definition = add.Groups["definition"].Value;
            var notNull = Regex.IsMatch(definition, @"\bNOT\s+NULL\b", RegexOptions.IgnoreCase, Timeout);
            var hasDefault = Regex.IsMatch(definition, @"\b(DEFAULT|GENERATED)\b", RegexOptions.IgnoreCase, Timeout);
            return new MigrationStep(MigrationStepKind.AddColumn, table, Unquote(add.Groups["column"].Value), call, !notNull || hasDefault);
        }

        if (AlterType.Match(action) is { Success: true } type)
        {
            return new MigrationStep(MigrationStepKind.AlterColumn, table, Unquote(type.Groups["column"].Value), call);
        }

        if (RenameColumn.Match(action) is { Success: true } rename)
        {
            return new MigrationStep(MigrationStepKind.RenameColumn, table, Unquote(rename.Groups["column"].Value), call);
        }

        if (RenameTable.IsMatch(action))
        {
            return new MigrationStep(MigrationStepKind.RenameTable, table, null, call);
        }

        if (DropColumn.Match(action) is { Success: true } dropColumn && !action.StartsWith("DROP CONSTRAINT", StringComparison.OrdinalIgnoreCase) &&
            !Regex.IsMatch(action, @"^DROP\s+(CONSTRAINT|DEFAULT|NOT\s+NULL|IDENTITY)\b", RegexOptions.IgnoreCase, Timeout))
        {
            return new MigrationStep(MigrationStepKind.DropColumn, table, Unquote(dropColumn.Groups["column"].Value), call);
        }

        return null;
    }

    /// <summary>Statements split on semicolons outside quotes, comments removed, whitespace collapsed.</summary>
    private static IEnumerable<string> Statements(string sql)
    {
        var withoutComments = Regex.Replace(sql, @"--[^\n]*|/\*[\s\S]*?\*/", " ", RegexOptions.None, Timeout);
        return Regex.Split(withoutComments, @";(?=(?:[^']*'[^']*')*[^']*$)", RegexOptions.None, Timeout)
            .Select(s => Regex.Replace(s, @"\s+", " ", RegexOptions.None, Timeout).Trim())
            .Where(s => s.Length > 0);
    }

    /// <summary>The comma-separated actions of one ALTER TABLE, commas inside parentheses kept.</summary>
    private static IEnumerable<string> Actions(string rest)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return rest.Substring(start, i - start).Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return rest.Substring(start).Trim();
    }

    /// <summary>The last part of a possibly qualified, quoted name: <c>"catalog"."products"</c> → <c>products</c>.</summary>
    public static string Unquote(string name) => name.Split('.').Last().Trim('"', '[', ']', '`');

    private static Regex Make(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
}
