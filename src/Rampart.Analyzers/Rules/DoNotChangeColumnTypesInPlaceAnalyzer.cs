using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;
using Rampart.Analyzers.Support.Migrations;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP3006: changing a column's type rewrites the table under an exclusive lock, and breaks the release still running.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotChangeColumnTypesInPlaceAnalyzer : MigrationAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotChangeColumnTypesInPlace,
        "Do not change a column's type in place",
        "The type of '{0}' on the existing table '{1}' changes ({2}); PostgreSQL rewrites the table under an exclusive lock",
        RuleCategories.Data,
        DiagnosticSeverity.Warning,
        "Expand and contract: add a column of the new type, write both, backfill in batches, switch reads, then drop the old column in a later release.");

    private static readonly Regex VarChar = new(@"^(?:character varying|n?varchar)\((?<length>\d+|max)\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override void Analyze(IMethodSymbol up, MigrationReader migration, Action<Diagnostic> report, Action<(IMethodSymbol Up, MigrationStep Step, string What)> defer)
    {
        foreach (var step in migration.Steps)
        {
            if (step.Kind != MigrationStepKind.AlterColumn || !migration.OnExistingTable(step))
            {
                continue;
            }

            var change = step.FromSql ? "ALTER COLUMN … TYPE" : Change(step);
            if (change is not null)
            {
                report(Diagnostic.Create(Rule, step.Location, step.Column ?? "?", step.Table ?? "?", change));
            }
        }
    }

    /// <summary>"text → integer" when the store type or the CLR type differs from the old one; null when only other facets change.</summary>
    private static string? Change(MigrationStep step)
    {
        if (step.Argument("type") is string type && step.Argument("oldType") is string oldType &&
            !string.Equals(Normalize(type), Normalize(oldType), StringComparison.Ordinal) && !IsWidening(oldType, type))
        {
            return oldType + " → " + type;
        }

        var clr = step.Call.TargetMethod.TypeArguments.FirstOrDefault();
        var oldClr = step.Call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "oldClrType")?.Value.WalkDownConversions() is ITypeOfOperation typeOf ? typeOf.TypeOperand : null;
        if (clr is not null && oldClr is not null && !SymbolEqualityComparer.Default.Equals(Underlying(clr), Underlying(oldClr)))
        {
            return oldClr.Name + " → " + clr.Name;
        }

        return null;
    }

    private static ITypeSymbol Underlying(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static string Normalize(string type) => Regex.Replace(type.Trim().ToLowerInvariant(), @"\s+", " ");

    private static int Length(Match varchar) =>
        varchar.Groups["length"].Value == "max" ? int.MaxValue : int.Parse(varchar.Groups["length"].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Longer varchar (or nvarchar), or varchar to text: a catalog change, no rewrite.</summary>
    private static bool IsWidening(string from, string to)
    {
        var old = VarChar.Match(Normalize(from));
        if (!old.Success)
        {
            return false;
        }

        var target = Normalize(to);
        if (target is "text" or "character varying" or "varchar")
        {
            return true;
        }

        return VarChar.Match(target) is { Success: true } wider && Length(wider) >= Length(old) &&
            target.StartsWith("n", StringComparison.Ordinal) == Normalize(from).StartsWith("n", StringComparison.Ordinal);
    }
}
