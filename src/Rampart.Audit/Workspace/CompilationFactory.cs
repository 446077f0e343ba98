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

    private static readonly string[] SdkUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string[] WebUsings =
        ["System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing",
         "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging"];

    private static readonly string[] Symbols =
        ["DEBUG", "TRACE", "NET", "NETCOREAPP", "NET10_0", "NET10_0_OR_GREATER", "NET9_0_OR_GREATER", "NET8_0_OR_GREATER", "NET7_0_OR_GREATER",
         "NET6_0_OR_GREATER", "NET5_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETSTANDARD2_0_OR_GREATER", "NETSTANDARD2_1_OR_GREATER"];

    /// <summary>A compiled project: its compilation, the trees of its own files, its line count and unresolved packages.</summary>
    public sealed record CompiledProject(AuditProject Project, CSharpCompilation Compilation, ImmutableArray<SyntaxTree> SourceTrees, long Lines, ImmutableArray<string> UnresolvedPackages);

    public ImmutableArray<CompiledProject> Create(SourceWorkspace workspace, ImmutableDictionary<string, ReportDiagnostic> specificOptions, CancellationToken cancellationToken = default)
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
            var projectReferences = new List<MetadataReference>();
            foreach (var referencePath in project.ProjectFile?.ProjectReferences ?? [])
            {
                if (byPath.TryGetValue(referencePath, out var referenced) && !visiting.Contains(referenced))
                {
                    projectReferences.Add(Build(referenced).Compilation.ToMetadataReference());
                }
            }

            var (metadata, unresolved) = references.Resolve(project.ProjectFile);
            var (trees, lines) = parsed[project];
            var options = new CSharpCompilationOptions(
                project.ProjectFile?.IsExecutable ?? false ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: project.ProjectFile?.NullableEnabled ?? true ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                allowUnsafe: true,
                concurrentBuild: false,
                specificDiagnosticOptions: specificOptions);
            var allTrees = GlobalUsings(project) is { } usings ? trees.Add(usings) : trees;
            var compilation = CSharpCompilation.Create(project.Name, allTrees, metadata.AddRange(projectReferences), options);
            visiting.Remove(project);
            return built[project] = new CompiledProject(project, compilation, trees, lines, unresolved);
        }

        return [.. workspace.Projects.Select(Build)];
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

    private static CSharpParseOptions ParseOptions(AuditProject project) =>
        new(LanguageVersion.Preview, DocumentationMode.Parse, SourceCodeKind.Regular, [.. Symbols, .. project.ProjectFile?.DefineConstants ?? []]);

    private static SyntaxTree? GlobalUsings(AuditProject project)
    {
        var file = project.ProjectFile;
        var namespaces = new List<string>();
        if (file is null || file.ImplicitUsings)
        {
            namespaces.AddRange(SdkUsings);
            if (file is null || file.IsWebSdk)
            {
                namespaces.AddRange(WebUsings);
            }
        }

        namespaces.AddRange(file?.Usings ?? []);
        if (namespaces.Count == 0)
        {
            return null;
        }

        var source = string.Concat(namespaces.Distinct(StringComparer.Ordinal).Select(n => $"global using global::{n};\n"));
        var directory = file?.Directory ?? Path.GetDirectoryName(project.Files.FirstOrDefault() ?? ".") ?? ".";
        return CSharpSyntaxTree.ParseText(source, ParseOptions(project), Path.Combine(directory, "obj", GlobalUsingsFileName));
    }
}
