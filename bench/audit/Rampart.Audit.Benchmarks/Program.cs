using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Audit.Analysis;
using Rampart.Audit.Workspace;

// Usage: Rampart.Audit.Benchmarks <solution> [bind|analyzers|only:<AnalyzerName>] [parallelism] [findings-file]
var path = args[0];
var mode = args.Length > 1 ? args[1] : "analyzers";
var parallelism = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
var process = Process.GetCurrentProcess();
var wall = Stopwatch.StartNew();
using var batch = new BatchGarbageCollection();

TimeSpan Cpu()
{
    process.Refresh();
    return process.TotalProcessorTime;
}

var all = AnalyzerCatalog.Rampart;
var analyzers = mode.StartsWith("only:", StringComparison.Ordinal)
    ? all.Where(a => a.GetType().Name.Contains(mode[5..], StringComparison.Ordinal)).ToImmutableArray()
    : all;
var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);
var workspace = WorkspaceLoader.Load(path, _ => false);
var compiled = new CompilationFactory(new ReferenceResolver()).Create(workspace, ids);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load+parse: cpu {Cpu().TotalSeconds:F1} s, wall {wall.Elapsed.TotalSeconds:F1} s"));

var cpuBefore = Cpu();
var times = new System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan>();
var findings = 0;
var dump = new System.Collections.Concurrent.ConcurrentBag<string>();
await Parallel.ForEachAsync(compiled.OrderByDescending(p => p.Lines), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (project, token) =>
{
    if (mode == "bind")
    {
        var errors = project.Compilation.GetDiagnostics(token).Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{project.Project.Name}: {errors} errors, first: {project.Compilation.GetDiagnostics(token).First(d => d.Severity == DiagnosticSeverity.Error)}"));
        }

        return;
    }

    var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
    var withAnalyzers = project.Compilation.WithAnalyzers(analyzers, options);
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(token);
    Interlocked.Add(ref findings, diagnostics.Length);
    foreach (var diagnostic in diagnostics)
    {
        dump.Add(string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Id} {diagnostic.Location.GetLineSpan()} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}"));
    }

    foreach (var analyzer in analyzers)
    {
        var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, token);
        times.AddOrUpdate(analyzer.GetType().Name, info.ExecutionTime, (_, t) => t + info.ExecutionTime);
    }
});
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mode}: cpu {(Cpu() - cpuBefore).TotalSeconds:F1} s, findings {findings}, total wall {wall.Elapsed.TotalSeconds:F1} s"));
foreach (var (name, time) in times.OrderByDescending(t => t.Value))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {time.TotalSeconds,7:F2} s  {name}"));
}

if (args.Length > 3)
{
    await File.WriteAllLinesAsync(args[3], dump.Order(StringComparer.Ordinal));
}
