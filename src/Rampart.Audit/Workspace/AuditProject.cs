using System.Collections.Immutable;

namespace Rampart.Audit.Workspace;

/// <summary>A project to analyse: its project file (null for loose files) and its C# files (full paths).</summary>
internal sealed record AuditProject(string Name, ProjectFile? ProjectFile, ImmutableArray<string> Files);
