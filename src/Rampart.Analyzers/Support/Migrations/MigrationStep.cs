using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support.Migrations;

/// <summary>One schema change of a migration's <c>Up</c>: a <c>MigrationBuilder</c> call, or one statement of a <c>Sql(…)</c> block.</summary>
/// <param name="kind">What it changes.</param>
/// <param name="table">The table it changes (unquoted, without schema), when known.</param>
/// <param name="column">The column it changes (for renames: the old name), when known.</param>
/// <param name="call">The <c>MigrationBuilder</c> call, where findings are reported.</param>
/// <param name="safe">For SQL statements: true when written the safe way (a default, CONCURRENTLY, NOT VALID).</param>
internal sealed class MigrationStep(MigrationStepKind kind, string? table, string? column, IInvocationOperation call, bool safe = false)
{
    public MigrationStepKind Kind { get; } = kind;

    public string? Table { get; } = table;

    public string? Column { get; } = column;

    public IInvocationOperation Call { get; } = call;

    public bool Safe { get; } = safe;

    public bool FromSql => Call.TargetMethod.Name == "Sql";

    public Location Location => Locations.NameAndArguments(Call.Syntax);

    /// <summary>The constant value of a named argument of the call (or null when absent or not constant).</summary>
    public object? Argument(string name) =>
        Call.Arguments.FirstOrDefault(a => a.Parameter?.Name == name && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value.WalkDownConversions().ConstantValue is { HasValue: true } value
            ? value.Value
            : null;

    /// <summary>True when the call passes the named argument explicitly (constant or not).</summary>
    public bool Passes(string name) =>
        Call.Arguments.Any(a => a.Parameter?.Name == name && a.ArgumentKind != ArgumentKind.DefaultValue && a.Value.WalkDownConversions().ConstantValue is not { HasValue: true, Value: null });
}
