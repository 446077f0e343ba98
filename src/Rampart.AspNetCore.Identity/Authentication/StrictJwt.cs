using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// What the framework's JWT reader tolerates and Rampart does not, checked before it runs: a token longer than
/// 8 KiB, anything but three parts (no JWE), a header or payload that repeats a member (parsers that disagree on which
/// one counts are a forgery vector: <c>{"alg":"none","alg":"ES256"}</c>), and a <c>crit</c> header, which RFC 7515
/// §4.1.11 says a recipient that understands no extension must refuse.
/// </summary>
internal static class StrictJwt
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 16 };

    /// <summary>Why <paramref name="token"/> is refused before validation, or null when it may be validated.</summary>
    public static string? Failure(string token)
    {
        if (token.Length > Es256.MaximumTokenLength)
        {
            return "token too long";
        }

        var firstDot = token.IndexOf('.', StringComparison.Ordinal);
        var secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (firstDot <= 0 || secondDot <= firstDot + 1 || token.IndexOf('.', secondDot + 1) >= 0)
        {
            return "not a compact JWS";
        }

        return Check(token.AsSpan(0, firstDot), isHeader: true) ?? Check(token.AsSpan(firstDot + 1, secondDot - firstDot - 1), isHeader: false);
    }

    private static string? Check(ReadOnlySpan<char> part, bool isHeader)
    {
        var malformed = isHeader ? "malformed header" : "malformed payload";
        var buffer = ArrayPool<byte>.Shared.Rent(Base64Url.GetMaxDecodedLength(part.Length));
        try
        {
            if (Base64Url.DecodeFromChars(part, buffer, out _, out var written) != OperationStatus.Done)
            {
                return malformed;
            }

            using var document = JsonDocument.Parse(buffer.AsMemory(0, written), Strict);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object ? malformed
                : isHeader && root.TryGetProperty("crit", out _) ? "critical header not understood"
                : null;
        }
        catch (JsonException)
        {
            return malformed;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
