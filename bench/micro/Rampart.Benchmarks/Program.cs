using BenchmarkDotNet.Running;
using Rampart.Benchmarks;
using Rampart.Benchmarks.Edge;

// Usage: dotnet run -c Release --project bench/micro/Rampart.Benchmarks -- --filter '*'   (or a class, e.g. '*Cursor*')
//        … -- --check   runs every benchmark's setup and contract checks once, in this process, and exits.
if (args is ["--check"])
{
    var edge = new EdgeBenchmarks();
    await edge.StartHostsAsync();
    await edge.StopHostsAsync();
    Console.WriteLine("All benchmark setups answer as expected.");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarkConfig).Assembly).Run(args, new MicroBenchmarkConfig());
