namespace Rampart.Scaffolding.Upgrade;

/// <summary>What <c>rampart upgrade</c> changes in a solution, computed before anything is written.</summary>
/// <param name="SolutionDirectory">The solution folder.</param>
/// <param name="From">The building blocks' version the solution uses.</param>
/// <param name="To">The version the installed tool ships.</param>
/// <param name="PackagesProps">The new content of <c>Directory.Packages.props</c>.</param>
/// <param name="PinChanges">Other package pins raised to the versions the tool's template ships.</param>
/// <param name="AddedPackages">Feed packages to copy into <c>packages/</c> (full paths in the tool's feed).</param>
/// <param name="RemovedPackages">Packages of the old version to remove from <c>packages/</c> (file names).</param>
/// <param name="Changes">The changelog's sections between the two versions, as Markdown (empty when unknown).</param>
/// <param name="Diff">A unified diff of the text files and a list of the package files, as <c>--dry-run</c> shows it.</param>
public sealed record UpgradePlan(
    string SolutionDirectory,
    string From,
    string To,
    string PackagesProps,
    IReadOnlyList<PinChange> PinChanges,
    IReadOnlyList<string> AddedPackages,
    IReadOnlyList<string> RemovedPackages,
    string Changes,
    string Diff)
{
    /// <summary>True when the solution already uses the shipped version and pins.</summary>
    public bool IsUpToDate => From == To && PinChanges.Count == 0 && AddedPackages.Count == 0 && RemovedPackages.Count == 0;
}
