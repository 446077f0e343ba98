using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Rampart.Analyzers.Tests.Support;

/// <summary>
/// Compiles snippets against real framework assemblies, runs one analyzer and checks that its diagnostics fall exactly
/// on the <c>[|…|]</c> spans. A snippet with compile errors fails the test, so no test passes on broken code.
/// </summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public const string ProjectDirectory = "/src/Shop/";

    /// <summary>The implicit usings of a web project, as the Web SDK generates them.</summary>
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using System.IO;
        global using System.Net.Http;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    /// <summary>Verifies a single file, <c>Program.cs</c>.</summary>
    public static Task VerifyAsync(string markup) => VerifyAsync(("Program.cs", markup));

    /// <summary>Verifies several files given by path relative to the project directory.</summary>
    public static Task VerifyAsync(params (string Path, string Markup)[] files) => VerifyAsync(references: null, files);

    /// <summary>
    /// Verifies files compiled against other references, as a project that loaded incompletely sees them (a package that
    /// did not restore) or one with packages the test host lacks; compile errors are allowed then.
    /// </summary>
    public static async Task VerifyAsync(ImmutableArray<MetadataReference>? references, params (string Path, string Markup)[] files)
    {
        var sources = files.Select(f => MarkupSource.Parse(ProjectDirectory + f.Path, f.Markup)).ToList();
        var diagnostics = await RunAsync(sources, specificOptions: null, allowCompileErrors: references is not null, references: references);

        var expected = sources.SelectMany(s => s.Spans.Select(span => Describe(s.Path, span, s.Code))).OrderBy(x => x, StringComparer.Ordinal).ToList();
        var actual = diagnostics
            .Select(d => Describe(d.Location.SourceTree!.FilePath, d.Location.SourceSpan, d.Location.SourceTree.ToString()))
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"Expected diagnostics:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", expected)}{Environment.NewLine}" +
            $"Actual diagnostics:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", diagnostics.Select(d => d + " @ " + Describe(d.Location.SourceTree!.FilePath, d.Location.SourceSpan, d.Location.SourceTree.ToString())))}");
    }

    /// <summary>Runs the analyzer and returns its diagnostics, after the compiler's own, possibly with per-id severities.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        IReadOnlyList<MarkupSource> sources,
        ImmutableDictionary<string, ReportDiagnostic>? specificOptions,
        bool reportSuppressed = false,
        bool allowCompileErrors = false,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        ImmutableArray<MetadataReference>? references = null)
    {
        var trees = sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Code, new CSharpParseOptions(LanguageVersion.Preview), s.Path))
            .Append(CSharpSyntaxTree.ParseText(GlobalUsings, new CSharpParseOptions(LanguageVersion.Preview), ProjectDirectory + "obj/GlobalUsings.g.cs"))
            .ToList();
        var hasTopLevelStatements = trees.Any(t => t.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any());
        var options = new CSharpCompilationOptions(
            hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            specificDiagnosticOptions: specificOptions);
        var compilation = CSharpCompilation.Create("Shop", trees, references ?? SnippetReferences.All, options);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(allowCompileErrors || errors.Count == 0, "The snippet does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));

        var analyzers = typeof(TAnalyzer) == typeof(AllRules) ? RampartAnalyzers.All : [new TAnalyzer()];
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([], new BuildPropertiesProvider(buildProperties)), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: reportSuppressed));
        var all = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var exceptions = all.Where(d => d.Id == "AD0001").ToList();
        Assert.True(exceptions.Count == 0, "The analyzer threw:" + Environment.NewLine + string.Join(Environment.NewLine, exceptions));
        return all.Where(d => ids.Contains(d.Id)).ToImmutableArray();
    }

    private static string Describe(string path, TextSpan span, string code) =>
        $"{path.Replace(ProjectDirectory, string.Empty, StringComparison.Ordinal)}: '{code.Substring(span.Start, span.Length)}' at {span}";
}
