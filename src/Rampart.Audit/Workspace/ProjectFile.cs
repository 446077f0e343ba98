using System.Collections.Immutable;

namespace Rampart.Audit.Workspace;

/// <summary>What the source-level workspace reads from a project file (see ADR 0055).</summary>
internal sealed record ProjectFile(
    string Path,
    string Name,
    bool IsWebSdk,
    bool IsExecutable,
    bool NullableEnabled,
    bool ImplicitUsings,
    ImmutableArray<string> Usings,
    ImmutableArray<string> DefineConstants,
    ImmutableArray<PackageReference> PackageReferences,
    ImmutableArray<string> ProjectReferences)
{
    /// <summary>The folder whose .cs files belong to the project.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;
}
