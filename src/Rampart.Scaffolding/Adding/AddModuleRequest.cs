namespace Rampart.Scaffolding.Adding;

/// <summary>What <c>rampart add module</c> was asked for.</summary>
/// <param name="SolutionDirectory">The solution's folder, or a folder inside it.</param>
/// <param name="Name">The module's name as typed (<c>order-line</c>, <c>Billing</c>).</param>
/// <param name="DryRun">Print what would change and write nothing.</param>
/// <param name="Force">Change files even when they have uncommitted changes.</param>
public sealed record AddModuleRequest(string SolutionDirectory, string Name, bool DryRun, bool Force);
