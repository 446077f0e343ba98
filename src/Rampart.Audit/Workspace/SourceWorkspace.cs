using System.Collections.Immutable;

namespace Rampart.Audit.Workspace;

/// <summary>The audit root (all paths in reports are relative to it) and the projects under it.</summary>
internal sealed record SourceWorkspace(string Root, ImmutableArray<AuditProject> Projects);
