using System.Buffers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>What identifies a request for idempotency: the caller's scope, the key's validity, the body fingerprint.</summary>
internal static class IdempotencyRequest
{
    private const int BufferSize = 16 * 1024;

    public static bool IsValidKey(string? key, int maxLength)
    {
        if (string.IsNullOrEmpty(key) || key.Length > maxLength)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (c < 0x21 || c > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    public static string Scope(HttpContext context) => Scope(context.User, context.Connection.RemoteIpAddress);

    public static string Scope(ClaimsPrincipal? user, System.Net.IPAddress? remoteAddress)
    {
        if (user?.Identity?.IsAuthenticated == true
            && (user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub")) is { Length: > 0 } id)
        {
            return "user:" + id;
        }

        return remoteAddress is { } address ? "ip:" + address : "anonymous";
    }

    /// <summary>SHA-256 of <c>{method}\n{path base}{path}\n{body}</c>, the body read through a rewindable buffer.</summary>
    public static async Task<string> FingerprintAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            AppendRequestLine(hash, request, buffer);
            request.EnableBuffering();
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            // The buffer held the request body: hand it back to the pool empty.
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Hashes the UTF-8 of <c>{method}\n{path base}{path}\n</c> (the paths in their escaped form).</summary>
    private static void AppendRequestLine(IncrementalHash hash, HttpRequest request, byte[] buffer)
    {
        var method = request.Method;
        var pathBase = request.PathBase.ToUriComponent();
        var path = request.Path.ToUriComponent();
        if (Encoding.UTF8.GetMaxByteCount(method.Length + pathBase.Length + path.Length + 2) > buffer.Length)
        {
            // A request line longer than the buffer: rare enough to encode it the simple way.
            hash.AppendData(Encoding.UTF8.GetBytes($"{method}\n{pathBase}{path}\n"));
            return;
        }

        var written = Encoding.UTF8.GetBytes(method, buffer);
        buffer[written++] = (byte)'\n';
        written += Encoding.UTF8.GetBytes(pathBase, buffer.AsSpan(written));
        written += Encoding.UTF8.GetBytes(path, buffer.AsSpan(written));
        buffer[written++] = (byte)'\n';
        hash.AppendData(buffer, 0, written);
    }
}
