using System.Globalization;
using Rampart.Advisor;
using Rampart.Cli.Infrastructure;
using Rampart.Scaffolding.Templates;

namespace Rampart.Cli.New;

/// <summary>
/// The advisor's pattern as <c>rampart new</c> takes it: generated when its template ships; otherwise refused before
/// anything is written, naming the closest shipped pattern (the best-scoring one that ships) and the flag to pass.
/// </summary>
internal static class AdvisedPattern
{
    public static void EnsureShipped(Recommendation decision, TemplateCatalog catalog)
    {
        var advised = decision.Pattern.ToId();
        if (catalog.Patterns.Contains(advised, StringComparer.Ordinal))
        {
            return;
        }

        var available = catalog.Patterns.Count == 0 ? "none" : string.Join(", ", catalog.Patterns);
        if (catalog.BestShipped(decision) is not { } closest)
        {
            throw new CliException(
                $"The advisor recommends '{advised}' for these answers, but no pattern template ships with this rampart.",
                "Reinstall the rampart tool: its templates are missing.",
                ExitCodes.Environment);
        }

        var points = decision.Scores.ToDictionary(score => score.Pattern.ToId(), score => score.Points, StringComparer.Ordinal);
        throw new CliException(
            string.Create(CultureInfo.InvariantCulture, $"The advisor recommends '{advised}' for these answers ({points[advised]} points), but that pattern is not available yet (available: {available}). The closest one that ships is '{closest}' ({points[closest]} points)."),
            $"Pass --pattern {closest} to generate it (no ADR is written), or run 'rampart advise' with the same answers to see the reasons.");
    }
}
