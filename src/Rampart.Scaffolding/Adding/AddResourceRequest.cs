namespace Rampart.Scaffolding.Adding;

/// <summary>What <c>rampart add resource</c> was asked for.</summary>
/// <param name="SolutionDirectory">A folder inside the generated solution (the one holding <c>rampart.json</c>, or below it).</param>
/// <param name="Name">The resource name as typed (<c>order-line</c>).</param>
/// <param name="Fields">The <c>--fields</c> text.</param>
/// <param name="Unique">The <c>--unique</c> field names.</param>
/// <param name="Positive">The <c>--positive</c> field names.</param>
/// <param name="Owned">Whether each row belongs to the user who created it (<c>--owned</c>).</param>
/// <param name="DryRun">Print what would change; write nothing.</param>
/// <param name="Force">Touch files that have uncommitted changes.</param>
/// <param name="Module">The module it goes into (<c>--module</c>): required in a modular monolith, refused elsewhere.</param>
public sealed record AddResourceRequest(
    string SolutionDirectory, string Name, string Fields, IReadOnlyList<string> Unique, IReadOnlyList<string> Positive, bool Owned, bool DryRun, bool Force, string? Module = null);
