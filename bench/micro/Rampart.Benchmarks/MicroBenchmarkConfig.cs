using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace Rampart.Benchmarks;

/// <summary>
/// A short job (one launch, 3 warm-up and 12 measured iterations of about 250 ms) so every benchmark runs in a few
/// minutes on two shared cores; allocations are exact whatever the noise, times carry the machine's load.
/// </summary>
public sealed class MicroBenchmarkConfig : ManualConfig
{
    public MicroBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(12)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithId("Short"));
        // The generated benchmark project builds while other builds share the two cores: the default 2 minutes is not enough.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        AddExporter(MarkdownExporter.GitHub, CsvExporter.Default);
        AddColumn(StatisticColumn.Median);
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
