using System.Collections.Immutable;

namespace Rampart.Audit.Workspace;

/// <summary>
/// What compiling a project needs to know about it: evaluated by MSBuild (ADR 0100), or read from the project XML
/// when no SDK is available (ADR 0055).
/// </summary>
internal sealed record ProjectFile(
    string Path,
    string Name,
    bool IsWebSdk,
    bool IsExecutable,
    bool NullableEnabled,
    ImmutableArray<GlobalUsing> Usings,
    ImmutableArray<string> DefineConstants,
    ImmutableArray<PackageReference> PackageReferences,
    ImmutableArray<string> ProjectReferences)
{
    /// <summary>The folder whose .cs files belong to the project when it was not evaluated.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The C# files MSBuild compiles (full paths); null when the project was read without MSBuild.</summary>
    public ImmutableArray<string>? CompileFiles { get; init; }

    /// <summary>NuGet's restore output for the project (<c>obj/project.assets.json</c>), when MSBuild names one.</summary>
    public string? AssetsFile { get; init; }

    /// <summary>The target framework compiled for, such as <c>net10.0</c>; null when unknown.</summary>
    public string? TargetFramework { get; init; }

    /// <summary>The project's <c>LangVersion</c>, or null for the compiler's default.</summary>
    public string? LanguageVersion { get; init; }

    /// <summary>True when the project allows unsafe code.</summary>
    public bool AllowUnsafe { get; init; }

    /// <summary>True when MSBuild evaluated the project; false when its XML was read as text.</summary>
    public bool Evaluated => CompileFiles is not null;
}
