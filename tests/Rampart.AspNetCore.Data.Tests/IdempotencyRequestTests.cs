using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.Data.Idempotency;

namespace Rampart.AspNetCore.Data.Tests;

/// <summary>The fingerprint is SHA-256 of <c>{method}\n{path base}{path}\n{body}</c>, whatever the sizes involved.</summary>
public sealed class IdempotencyRequestTests
{
    [Theory]
    [InlineData("POST", "", "/products", 0)]
    [InlineData("POST", "/shop", "/products", 256)]
    [InlineData("PUT", "/shop", "/products/caf\u00e9 cr\u00e8me", 16 * 1024)]
    [InlineData("POST", "", "/orders", 16 * 1024 + 1)]
    [InlineData("PATCH", "/a b", "/\u65e5\u672c/%41", 100_000)]
    public async Task FingerprintAsync_AnyPathAndBodySize_IsSha256OfMethodPathAndBody(string method, string pathBase, string path, int bodyBytes)
    {
        var context = Request(method, pathBase, path, Body(bodyBytes));

        var fingerprint = await IdempotencyRequest.FingerprintAsync(context.Request, CancellationToken.None);

        Assert.Equal(Expected(context.Request, Body(bodyBytes)), fingerprint);
        Assert.Equal(0, context.Request.Body.Position);
    }

    [Fact]
    public async Task FingerprintAsync_RequestLineLongerThanTheBuffer_IsSha256OfMethodPathAndBody()
    {
        var context = Request("POST", "/shop", "/" + new string('\u00e9', 20_000), Body(10));

        var fingerprint = await IdempotencyRequest.FingerprintAsync(context.Request, CancellationToken.None);

        Assert.Equal(Expected(context.Request, Body(10)), fingerprint);
    }

    [Fact]
    public async Task FingerprintAsync_SameRequestTwice_GivesTheSameFingerprintAndLeavesTheBodyReadable()
    {
        var context = Request("POST", "", "/products", Body(300));

        var first = await IdempotencyRequest.FingerprintAsync(context.Request, CancellationToken.None);
        var second = await IdempotencyRequest.FingerprintAsync(context.Request, CancellationToken.None);
        using var copy = new MemoryStream();
        await context.Request.Body.CopyToAsync(copy);

        Assert.Equal(first, second);
        Assert.Equal(Body(300), copy.ToArray());
    }

    private static DefaultHttpContext Request(string method, string pathBase, string path, byte[] body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.PathBase = pathBase;
        context.Request.Path = path;
        context.Request.Body = new MemoryStream(body);
        return context;
    }

    private static byte[] Body(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 31))];

    private static string Expected(HttpRequest request, byte[] body) =>
        Convert.ToHexStringLower(SHA256.HashData([.. Encoding.UTF8.GetBytes($"{request.Method}\n{request.PathBase}{request.Path}\n"), .. body]));
}
