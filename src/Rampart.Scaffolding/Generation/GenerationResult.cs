namespace Rampart.Scaffolding.Generation;

/// <summary>What was generated (or, for a dry run, would be).</summary>
/// <param name="OutputDirectory">The solution folder.</param>
/// <param name="Pattern">The pattern used.</param>
/// <param name="Files">The files, relative to <paramref name="OutputDirectory"/>, '/'-separated, sorted.</param>
/// <param name="DryRun">True when nothing was written.</param>
public sealed record GenerationResult(string OutputDirectory, string Pattern, IReadOnlyList<string> Files, bool DryRun);
