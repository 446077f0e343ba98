using System.Collections.Immutable;

namespace Rampart.Audit;

/// <summary>A project the audit could not see as the build does, and why: rules may have missed findings in it.</summary>
/// <param name="Name">The project's name.</param>
/// <param name="Path">The project file relative to the audit root, with forward slashes (empty for loose files).</param>
/// <param name="Reasons">What was missing, one sentence each (unrestored packages, types that do not resolve, a failed evaluation).</param>
public sealed record IncompleteProject(string Name, string Path, ImmutableArray<string> Reasons);
