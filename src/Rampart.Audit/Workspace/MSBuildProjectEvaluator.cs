using System.Collections.Immutable;
using Microsoft.Build.Definition;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Evaluation.Context;
using Microsoft.Build.Exceptions;
using Microsoft.Build.Execution;

namespace Rampart.Audit.Workspace;

/// <summary>
/// Evaluates project files with MSBuild exactly as <c>dotnet build</c> would before running any target: SDK props and
/// targets, <c>Directory.Build.props</c>/<c>.targets</c>, <c>Directory.Packages.props</c>, imports and conditions, so
/// compile items, implicit usings, package, framework and project references are the build's own (ADR 0100).
/// One instance serves a whole audit; evaluations share a cache of parsed imports and file-system lookups and may run
/// in parallel. Create it only after <see cref="MSBuildHost.TryRegister"/> succeeded.
/// </summary>
internal sealed class MSBuildProjectEvaluator : IDisposable
{
    private const ProjectLoadSettings LoadSettings =
        ProjectLoadSettings.IgnoreMissingImports | ProjectLoadSettings.IgnoreInvalidImports | ProjectLoadSettings.IgnoreEmptyImports;

    private readonly ProjectCollection _collection;
    private readonly EvaluationContext _context = EvaluationContext.Create(EvaluationContext.SharingPolicy.Shared);

    /// <param name="solution">The solution being audited, if any: a solution build sets <c>SolutionDir</c> and friends, which projects may import by.</param>
    public MSBuildProjectEvaluator(string? solution)
    {
        var global = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (solution is not null)
        {
            var directory = Path.GetDirectoryName(solution)! + Path.DirectorySeparatorChar;
            global["SolutionDir"] = directory;
            global["SolutionPath"] = solution;
            global["SolutionName"] = Path.GetFileNameWithoutExtension(solution);
            global["SolutionFileName"] = Path.GetFileName(solution);
            global["SolutionExt"] = Path.GetExtension(solution);
        }

        _collection = new ProjectCollection(global);
    }

    /// <summary>Evaluates one project, for its most recent .NET target framework when it targets several.</summary>
    /// <exception cref="ProjectEvaluationException">MSBuild cannot evaluate the project (message says why).</exception>
    public ProjectFile Evaluate(string path)
    {
        try
        {
            var project = Load(path, targetFramework: null);
            if (project.GetPropertyValue("TargetFramework").Length == 0 &&
                TargetFrameworks.Choose(project.GetPropertyValue("TargetFrameworks")) is { } chosen)
            {
                project = Load(path, chosen);
            }

            return Read(path, project);
        }
        catch (InvalidProjectFileException ex)
        {
            throw new ProjectEvaluationException(ex.BaseMessage, ex);
        }
    }

    private ProjectInstance Load(string path, string? targetFramework)
    {
        var global = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (targetFramework is not null)
        {
            global["TargetFramework"] = targetFramework;
        }

        return ProjectInstance.FromFile(path, new ProjectOptions
        {
            ProjectCollection = _collection,
            EvaluationContext = _context,
            LoadSettings = LoadSettings,
            GlobalProperties = global,
        });
    }

    private static ProjectFile Read(string path, ProjectInstance project)
    {
        var targetFramework = Blank(project.GetPropertyValue("TargetFramework"));
        var frameworks = project.GetItems("FrameworkReference").Select(i => i.EvaluatedInclude).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var outputType = project.GetPropertyValue("OutputType");
        var central = project.GetItems("PackageVersion")
            .GroupBy(i => i.EvaluatedInclude, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last().GetMetadataValue("Version"), StringComparer.OrdinalIgnoreCase);
        // Packages the SDK adds by itself (trimming and AOT tooling) carry build logic, never compile assemblies.
        var packages = project.GetItems("PackageReference")
            .Where(i => !string.Equals(i.GetMetadataValue("IsImplicitlyDefined"), "true", StringComparison.OrdinalIgnoreCase))
            .Select(i => new PackageReference(
                i.EvaluatedInclude,
                Blank(i.GetMetadataValue("VersionOverride")) ?? Blank(i.GetMetadataValue("Version")) ?? Blank(central.GetValueOrDefault(i.EvaluatedInclude))))
            .DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();
        var usings = project.GetItems("Using")
            .Select(i => new GlobalUsing(i.EvaluatedInclude, Blank(i.GetMetadataValue("Alias")), string.Equals(i.GetMetadataValue("Static"), "true", StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToImmutableArray();
        var compile = project.GetItems("Compile")
            .Select(i => i.GetMetadataValue("FullPath"))
            .Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && File.Exists(f))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        var constants = project.GetPropertyValue("DefineConstants")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(TargetFrameworks.PreprocessorSymbols(targetFramework))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        return new ProjectFile(
            path,
            Blank(project.GetPropertyValue("AssemblyName")) ?? Path.GetFileNameWithoutExtension(path),
            frameworks.Contains("Microsoft.AspNetCore.App"),
            outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase),
            project.GetPropertyValue("Nullable") is var nullable && (nullable.Equals("enable", StringComparison.OrdinalIgnoreCase) || nullable.Equals("annotations", StringComparison.OrdinalIgnoreCase)),
            usings,
            constants,
            packages,
            [.. project.GetItems("ProjectReference").Select(i => i.GetMetadataValue("FullPath")).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)])
        {
            CompileFiles = compile,
            AssetsFile = Blank(project.GetPropertyValue("ProjectAssetsFile")),
            TargetFramework = targetFramework,
            LanguageVersion = Blank(project.GetPropertyValue("LangVersion")),
            AllowUnsafe = string.Equals(project.GetPropertyValue("AllowUnsafeBlocks"), "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public void Dispose() => _collection.Dispose();
}
