using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Rampart.Audit.Workspace;

/// <summary>
/// Builds one compilation per project: files parsed in parallel, the SDK's implicit global usings added as a generated
/// file, project references as compilation references (so cross-project types bind without building anything).
/// </summary>
internal sealed class CompilationFactory(ReferenceResolver references)
{
    /// <summary>The file name of the generated global-usings tree; findings in it are never reported.</summary>
    public const string GlobalUsingsFileName = "Rampart.Audit.GlobalUsings.g.cs";

    /// <summary>What a project read without MSBuild is assumed to define: a Debug build of a current .NET.</summary>
    private static readonly string[] AssumedSymbols =
        ["DEBUG", "TRACE", .. TargetFrameworks.PreprocessorSymbols(null), "NETSTANDARD2_0_OR_GREATER", "NETSTANDARD2_1_OR_GREATER"];

    /// <summary>A compiled project: its compilation, the trees of its own files, its line count and unresolved packages.</summary>
    public sealed record CompiledProject(AuditProject Project, CSharpCompilation Compilation, ImmutableArray<SyntaxTree> SourceTrees, long Lines, ImmutableArray<string> UnresolvedPackages);

    public ImmutableArray<CompiledProject> Create(AuditWorkspace workspace, ImmutableDictionary<string, ReportDiagnostic> specificOptions, CancellationToken cancellationToken = default)
    {
        var parsed = new ConcurrentDictionary<AuditProject, (ImmutableArray<SyntaxTree> Trees, long Lines)>();
        Parallel.ForEach(workspace.Projects, new ParallelOptions { CancellationToken = cancellationToken }, project => parsed[project] = Parse(project, cancellationToken));

        var byPath = workspace.Projects.Where(p => p.ProjectFile is not null).ToDictionary(p => p.ProjectFile!.Path, StringComparer.Ordinal);
        var built = new Dictionary<AuditProject, CompiledProject>();
        var visiting = new HashSet<AuditProject>();

        CompiledProject Build(AuditProject project)
        {
            if (built.TryGetValue(project, out var done))
            {
                return done;
            }

            visiting.Add(project);
            // Project references are transitive, as in the SDK: a project sees what the projects it references see.
            var closure = Closure(project, byPath);
            var projectReferences = new List<MetadataReference>();
            foreach (var referenced in closure.Where(r => !visiting.Contains(r)))
            {
                projectReferences.Add(Build(referenced).Compilation.ToMetadataReference());
            }

            var (metadata, unresolved) = references.Resolve(project.ProjectFile, [.. closure.Select(c => c.ProjectFile!)]);
            var (trees, lines) = parsed[project];
            var options = new CSharpCompilationOptions(
                project.ProjectFile?.IsExecutable ?? false ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: project.ProjectFile?.NullableEnabled ?? true ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                allowUnsafe: project.ProjectFile is not { Evaluated: true } file || file.AllowUnsafe,
                concurrentBuild: false,
                specificDiagnosticOptions: specificOptions);
            var allTrees = GlobalUsings(project) is { } usings ? trees.Add(usings) : trees;
            var compilation = CSharpCompilation.Create(project.Name, allTrees, metadata.AddRange(projectReferences), options);
            visiting.Remove(project);
            return built[project] = new CompiledProject(project, compilation, trees, lines, unresolved);
        }

        return [.. workspace.Projects.Select(Build)];
    }

    private static List<AuditProject> Closure(AuditProject project, Dictionary<string, AuditProject> byPath)
    {
        var found = new List<AuditProject>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { project.ProjectFile?.Path ?? string.Empty };
        var pending = new Queue<string>(project.ProjectFile?.ProjectReferences ?? []);
        while (pending.Count > 0)
        {
            var path = pending.Dequeue();
            if (seen.Add(path) && byPath.TryGetValue(path, out var referenced))
            {
                found.Add(referenced);
                foreach (var next in referenced.ProjectFile!.ProjectReferences)
                {
                    pending.Enqueue(next);
                }
            }
        }

        return found;
    }

    private static (ImmutableArray<SyntaxTree> Trees, long Lines) Parse(AuditProject project, CancellationToken cancellationToken)
    {
        var parseOptions = ParseOptions(project);
        var trees = new SyntaxTree[project.Files.Length];
        long lines = 0;
        for (var i = 0; i < trees.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SourceText text;
            using (var stream = File.OpenRead(project.Files[i]))
            {
                text = SourceText.From(stream, Encoding.UTF8, canBeEmbedded: false);
            }

            lines += text.Lines.Count;
            trees[i] = CSharpSyntaxTree.ParseText(text, parseOptions, project.Files[i], cancellationToken);
        }

        return ([.. trees], lines);
    }

    // No rule reads nullable flow state and the audit reports no compiler warnings, so the compiler's nullable flow
    // analysis (a fifth of all binding work) is skipped; nullable annotations on declarations are still read.
    private static readonly KeyValuePair<string, string>[] Features = [new("run-nullable-analysis", "never")];

    private static CSharpParseOptions ParseOptions(AuditProject project)
    {
        var file = project.ProjectFile;
        var symbols = file is { Evaluated: true } ? file.DefineConstants : [.. AssumedSymbols, .. file?.DefineConstants ?? []];
        // An unknown or default LangVersion reads as preview: the newest syntax parses, and older code parses the same.
        var language = file?.LanguageVersion is { } requested && LanguageVersionFacts.TryParse(requested, out var parsed) &&
            parsed is not (LanguageVersion.Default or LanguageVersion.Latest or LanguageVersion.LatestMajor)
            ? parsed
            : LanguageVersion.Preview;
        return new CSharpParseOptions(language, DocumentationMode.Parse, SourceCodeKind.Regular, symbols.Distinct(StringComparer.Ordinal))
            .WithFeatures(Features);
    }

    private static SyntaxTree? GlobalUsings(AuditProject project)
    {
        var file = project.ProjectFile;
        var usings = file?.Usings ?? SdkImplicitUsings.For(isWebSdk: true);
        if (usings.IsEmpty)
        {
            return null;
        }

        var source = string.Concat(usings.Distinct().Select(u => u.Directive + "\n"));
        var directory = file?.Directory ?? Path.GetDirectoryName(project.Files.FirstOrDefault() ?? ".") ?? ".";
        return CSharpSyntaxTree.ParseText(source, ParseOptions(project), Path.Combine(directory, "obj", GlobalUsingsFileName));
    }
}
