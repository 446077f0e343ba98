using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Rampart.Benchmarks.Edge;

/// <summary>
/// One GET through the whole in-memory pipeline (hosting, middleware, routing, endpoint, JSON), a found product and
/// a missing one, bare against Rampart's edge and against every Rampart default.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EdgeBenchmarks
{
    private EdgeHost _bare = null!;
    private EdgeHost _edge = null!;
    private EdgeHost _defaults = null!;

    [GlobalSetup]
    public async Task StartHostsAsync()
    {
        _bare = await EdgeHost.StartAsync(EdgeHostKind.Bare);
        _edge = await EdgeHost.StartAsync(EdgeHostKind.RampartEdge);
        _defaults = await EdgeHost.StartAsync(EdgeHostKind.RampartDefaults);

        // Measure only what answers as the contract says.
        await ExpectAsync(_bare, EdgeHost.ProductPath, 200, "application/json", requestId: false);
        await ExpectAsync(_bare, EdgeHost.MissingReturnedPath, 404, "application/problem+json", requestId: false);
        foreach (var host in new[] { _edge, _defaults })
        {
            await ExpectAsync(host, EdgeHost.ProductPath, 200, "application/json", requestId: true);
            await ExpectAsync(host, EdgeHost.MissingReturnedPath, 404, "application/problem+json", requestId: true);
        }
    }

    [GlobalCleanup]
    public async Task StopHostsAsync()
    {
        await _bare.DisposeAsync();
        await _edge.DisposeAsync();
        await _defaults.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "found: bare")]
    [BenchmarkCategory("200 found")]
    public Task FoundBare() => _bare.Server.SendAsync("GET", EdgeHost.ProductPath);

    [Benchmark(Description = "found: Rampart edge")]
    [BenchmarkCategory("200 found")]
    public Task FoundRampartEdge() => _edge.Server.SendAsync("GET", EdgeHost.ProductPath);

    [Benchmark(Description = "found: Rampart defaults")]
    [BenchmarkCategory("200 found")]
    public Task FoundRampartDefaults() => _defaults.Server.SendAsync("GET", EdgeHost.ProductPath);

    [Benchmark(Baseline = true, Description = "404: bare, problem returned")]
    [BenchmarkCategory("404 problem")]
    public Task MissingBare() => _bare.Server.SendAsync("GET", EdgeHost.MissingReturnedPath);

    [Benchmark(Description = "404: Rampart defaults, Error returned")]
    [BenchmarkCategory("404 problem")]
    public Task MissingReturnedRampartDefaults() => _defaults.Server.SendAsync("GET", EdgeHost.MissingReturnedPath);

    private static async Task ExpectAsync(EdgeHost host, string path, int status, string contentType, bool requestId)
    {
        await host.Server.SendAsync("GET", path);
        var exchange = host.Server.Exchange;
        var type = exchange.Headers.ContentType.ToString();
        var body = Encoding.UTF8.GetString(exchange.WrittenBody.Span);
        if (exchange.StatusCode != status || !type.StartsWith(contentType, StringComparison.Ordinal)
            || (requestId && exchange.Headers["X-Request-Id"].Count != 1)
            || (status == 404 && !body.Contains("\"code\":\"catalog.product_not_found\"", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"GET {path} answered {exchange.StatusCode} {type}: {body}");
        }
    }
}
