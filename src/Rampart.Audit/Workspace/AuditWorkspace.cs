using System.Collections.Immutable;

namespace Rampart.Audit.Workspace;

/// <summary>The audit root (all paths in reports are relative to it), the projects under it and how they were loaded.</summary>
/// <param name="Root">The folder reports are relative to.</param>
/// <param name="Projects">The projects with their C# files.</param>
/// <param name="Loading">Which loader read the projects, and why when it is the fallback.</param>
internal sealed record AuditWorkspace(string Root, ImmutableArray<AuditProject> Projects, AuditLoading Loading);
