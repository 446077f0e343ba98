using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Rampart.Audit.Workspace;

namespace Rampart.Audit.Analysis;

/// <summary>
/// Decides whether a project was seen completely: every package restored, its evaluation exact, and no more than a few
/// type or namespace names in its declarations left unresolved (a handful can come from build-time code generation the
/// audit does not run; more means references are missing and semantic rules go blind).
/// </summary>
internal static class Completeness
{
    /// <summary>Distinct unresolved names tolerated in one project before its audit counts as incomplete.</summary>
    public const int UnresolvedNameThreshold = 3;

    private static readonly HashSet<string> UnresolvedIds = new(StringComparer.Ordinal)
    {
        "CS0246", // the type or namespace name could not be found
        "CS0234", // the type or namespace does not exist in the namespace
        "CS0012", // the type is defined in an assembly that is not referenced
        "CS0518", // a predefined type is not defined
    };

    public static ImmutableArray<string> Check(CompilationFactory.CompiledProject project, CancellationToken cancellationToken)
    {
        var reasons = ImmutableArray.CreateBuilder<string>();
        reasons.AddRange(project.Project.LoadProblems);
        if (!project.UnresolvedPackages.IsEmpty)
        {
            reasons.Add($"package(s) not restored: {string.Join(", ", project.UnresolvedPackages)}");
        }

        var names = project.Compilation.GetDeclarationDiagnostics(cancellationToken)
            .Where(d => UnresolvedIds.Contains(d.Id) && d.Location.SourceTree is not null)
            .Select(d => d.Location.SourceTree!.GetText(cancellationToken).ToString(d.Location.SourceSpan))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count > UnresolvedNameThreshold)
        {
            var shown = string.Join(", ", names.Take(5)) + (names.Count > 5 ? ", …" : string.Empty);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{names.Count} type or namespace names do not resolve ({shown})"));
        }

        return reasons.ToImmutable();
    }
}
