using System.Collections.Immutable;

namespace Rampart.Audit.Workspace;

/// <summary>A project to analyse: its project file (null for loose files), its C# files (full paths) and what went wrong loading it.</summary>
internal sealed record AuditProject(string Name, ProjectFile? ProjectFile, ImmutableArray<string> Files)
{
    /// <summary>Why the project was loaded less exactly than the build would (for example, MSBuild could not evaluate it).</summary>
    public ImmutableArray<string> LoadProblems { get; init; } = [];

    /// <summary>Files beside the code that rules read (appsettings*.json, *.http request samples), full paths.</summary>
    public ImmutableArray<string> AdditionalFiles { get; init; } = [];
}
