using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.Data.Idempotency;

namespace Rampart.Benchmarks.Data;

/// <summary>
/// The fingerprint an idempotent POST is matched on (SHA-256 of method, path and body, read through the buffered
/// request body so the endpoint can read it again), against hashing the same bytes already in memory.
/// </summary>
public class IdempotencyFingerprintBenchmarks
{
    private byte[] _body = [];

    [Params(256, 16 * 1024)]
    public int BodyBytes { get; set; }

    [GlobalSetup]
    public void CreateBody()
    {
        _body = [.. Enumerable.Range(0, BodyBytes).Select(i => (byte)('a' + (i % 26)))];
        var expected = Convert.ToHexStringLower(SHA256.HashData([.. "POST\n/api/v1/orders\n"u8, .. _body]));
        if (Fingerprint().GetAwaiter().GetResult() != expected)
        {
            throw new InvalidOperationException("The fingerprint is not SHA-256 of method, path and body.");
        }
    }

    [Benchmark(Baseline = true, Description = "SHA-256 of the body in memory")]
    public string HashInMemory()
    {
        var context = NewContext();
        var hash = Convert.ToHexStringLower(SHA256.HashData(_body));
        context.Request.Body.Dispose();
        return hash;
    }

    [Benchmark(Description = "request fingerprint (buffered body)")]
    public async Task<string> Fingerprint()
    {
        var context = NewContext();
        var fingerprint = await IdempotencyRequest.FingerprintAsync(context.Request, CancellationToken.None);
        await context.Request.Body.DisposeAsync();
        return fingerprint;
    }

    private DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = "/api/v1/orders";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(_body, writable: false);
        return context;
    }
}
