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
    new Rampart.Benchmarks.Data.CursorBenchmarks { Protection = "hmac-key" }.CreateProtector();
    new Rampart.Benchmarks.Data.CursorBenchmarks { Protection = "data-protection" }.CreateProtector();
    new Rampart.Benchmarks.Data.IdempotencyFingerprintBenchmarks { BodyBytes = 16 * 1024 }.CreateBody();
    using var tokens = new Rampart.Benchmarks.Identity.AccessTokenBenchmarks();
    tokens.CreateKeys();
    Console.WriteLine("All benchmark setups answer as expected.");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarkConfig).Assembly).Run(args, new MicroBenchmarkConfig());
