namespace Rampart.Scaffolding.Adding;

/// <summary>What an <c>add</c> command did (or, with <c>--dry-run</c>, would do).</summary>
/// <param name="SolutionDirectory">The solution's folder.</param>
/// <param name="Normalisation">How the names were normalised, one line each.</param>
/// <param name="Created">The new files, relative to the solution.</param>
/// <param name="Changed">The edited files with what each edit does.</param>
/// <param name="Diff">The unified diff of the edited files.</param>
/// <param name="Migration">The migration made (or that would be made), or null when none.</param>
/// <param name="DryRun">Whether nothing was written.</param>
public sealed record AddResult(
    string SolutionDirectory,
    IReadOnlyList<string> Normalisation,
    IReadOnlyList<string> Created,
    IReadOnlyList<(string Path, string Description)> Changed,
    string Diff,
    string? Migration,
    bool DryRun);
