using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data.Pagination;

namespace Rampart.Benchmarks.Data;

/// <summary>
/// A page's next cursor as the pagination extension writes it (payload, JSON, signature, base64url) and a cursor read
/// back as a list request does (check, decode, JSON, sort key), signed with the HMAC key or with Data Protection.
/// </summary>
public class CursorBenchmarks
{
    private const string Sort = "e.CreatedAt:desc";
    private readonly Guid _id = Guid.Parse("0196f0a4-7c2e-7d4b-8f3a-2b1c9d8e7f60");
    private readonly DateTimeOffset _createdAt = new(2026, 11, 21, 4, 0, 0, TimeSpan.Zero);
    private CursorProtector _protector = null!;
    private string _cursor = null!;

    [Params("hmac-key", "data-protection")]
    public string Protection { get; set; } = "hmac-key";

    [GlobalSetup]
    public void CreateProtector()
    {
        var options = new CursorPaginationOptions
        {
            SigningKey = Protection == "hmac-key" ? Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray()) : null,
        };
        _protector = new CursorProtector(Options.Create(options), new EphemeralDataProtectionProvider());
        _cursor = Encode();
        if (Decode() != _createdAt)
        {
            throw new InvalidOperationException("The cursor did not round-trip.");
        }
    }

    [Benchmark(Description = "encode next cursor")]
    public string Encode() =>
        _protector.Protect(new CursorPayload(Sort, JsonSerializer.SerializeToElement(_createdAt), _id).Write());

    [Benchmark(Description = "decode cursor")]
    public DateTimeOffset Decode()
    {
        if (!_protector.TryUnprotect(_cursor, out var bytes)
            || CursorPayload.Read(bytes) is not { Key: { } key } payload
            || payload.Sort != Sort)
        {
            throw new InvalidOperationException("The cursor was refused.");
        }

        return key.Deserialize<DateTimeOffset>();
    }
}
