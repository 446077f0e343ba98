using System.Buffers;
using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Strict validation of Rampart access tokens: compact JWS only, <c>alg</c> exactly ES256 (so <c>none</c>, HMAC and
/// key confusion are refused before any key is touched), <c>kid</c> picks a key of the ring, then issuer, audience,
/// expiry and not-before with the configured clock skew.
/// </summary>
internal sealed class AccessTokenValidator(SigningKeyRing keys, IOptions<RampartIdentityOptions> options, TimeProvider time)
{
    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false, MaxDepth = 8 };

    public AccessTokenValidation Validate(string token)
    {
        if (token.Length > Es256.MaximumTokenLength)
        {
            return AccessTokenValidation.Fail("token too long");
        }

        // Compact JWS: exactly three non-empty parts. The signing input is the token's own prefix up to the second dot.
        var firstDot = token.IndexOf('.', StringComparison.Ordinal);
        var secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (firstDot <= 0 || secondDot <= firstDot + 1 || secondDot == token.Length - 1 || token.IndexOf('.', secondDot + 1) >= 0)
        {
            return AccessTokenValidation.Fail("not a compact JWS");
        }

        var headerPart = token.AsSpan(0, firstDot);
        var payloadPart = token.AsSpan(firstDot + 1, secondDot - firstDot - 1);
        var signaturePart = token.AsSpan(secondDot + 1);
        var headerLength = Base64Url.GetMaxDecodedLength(headerPart.Length);
        var payloadLength = Base64Url.GetMaxDecodedLength(payloadPart.Length);
        // One pooled buffer (tokens are at most 8 KiB): signing input, then the decoded header and payload, which the
        // JSON documents read in place until they are disposed.
        var buffer = ArrayPool<byte>.Shared.Rent(secondDot + headerLength + payloadLength);
        try
        {
            return Validate(token.AsSpan(0, secondDot), headerPart, payloadPart, signaturePart, buffer);
        }
        finally
        {
            buffer.AsSpan(0, secondDot + headerLength + payloadLength).Clear();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private AccessTokenValidation Validate(
        ReadOnlySpan<char> signingInput,
        ReadOnlySpan<char> headerPart,
        ReadOnlySpan<char> payloadPart,
        ReadOnlySpan<char> signaturePart,
        byte[] buffer)
    {
        var offset = signingInput.Length;
        if (Decode(headerPart, buffer, ref offset) is not { } headerBytes || Parse(headerBytes) is not { } header)
        {
            return AccessTokenValidation.Fail("malformed header");
        }

        using (header)
        {
            var failure = CheckHeader(header.RootElement, out var key);
            if (failure is not null)
            {
                return AccessTokenValidation.Fail(failure);
            }

            Span<byte> signature = stackalloc byte[Es256.SignatureLength];
            var signingBytes = buffer.AsSpan(0, Encoding.ASCII.GetBytes(signingInput, buffer));
            if (Base64Url.DecodeFromChars(signaturePart, signature, out _, out var signatureLength) != OperationStatus.Done
                || signatureLength != Es256.SignatureLength
                || !key!.Key.VerifyData(signingBytes, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
            {
                return AccessTokenValidation.Fail("bad signature");
            }
        }

        if (Decode(payloadPart, buffer, ref offset) is not { } payloadBytes || Parse(payloadBytes) is not { } payload)
        {
            return AccessTokenValidation.Fail("malformed payload");
        }

        using (payload)
        {
            return CheckPayload(payload.RootElement);
        }
    }

    private string? CheckHeader(JsonElement header, out SigningKey? key)
    {
        key = null;
        if (header.ValueKind != JsonValueKind.Object)
        {
            return "header is not an object";
        }

        if (!header.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || !alg.ValueEquals(Es256.Algorithm))
        {
            return "algorithm not allowed";
        }

        if (header.TryGetProperty("crit", out _))
        {
            return "critical header not understood";
        }

        if (header.TryGetProperty("typ", out var typ)
            && (typ.ValueKind != JsonValueKind.String || typ.GetString() is not { } type
                || !(type.Equals("JWT", StringComparison.OrdinalIgnoreCase) || type.Equals("at+jwt", StringComparison.OrdinalIgnoreCase))))
        {
            return "wrong token type";
        }

        if (!header.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String || keys.Find(kid.GetString()!) is not { } found)
        {
            return "unknown key";
        }

        key = found;
        return null;
    }

    private AccessTokenValidation CheckPayload(JsonElement payload)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)settings.ClockSkew.TotalSeconds;
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return AccessTokenValidation.Fail("payload is not an object");
        }

        if (!payload.TryGetProperty("iss", out var iss) || iss.ValueKind != JsonValueKind.String || !iss.ValueEquals(settings.Issuer))
        {
            return AccessTokenValidation.Fail("wrong issuer");
        }

        if (!payload.TryGetProperty("aud", out var aud) || !HasAudience(aud, settings.Audience))
        {
            return AccessTokenValidation.Fail("wrong audience");
        }

        if (!payload.TryGetProperty("exp", out var exp) || !exp.TryGetDouble(out var expires) || now >= expires + skew)
        {
            return AccessTokenValidation.Fail("expired or no expiry");
        }

        if (payload.TryGetProperty("nbf", out var nbf) && (!nbf.TryGetDouble(out var notBefore) || now + skew < notBefore))
        {
            return AccessTokenValidation.Fail("not yet valid");
        }

        if (!payload.TryGetProperty(RampartClaimTypes.Subject, out var sub) || sub.ValueKind != JsonValueKind.String
            || CanonicalUserId(sub.GetString()!) is not { } userId)
        {
            return AccessTokenValidation.Fail("no subject");
        }

        var claims = new List<Claim> { new(RampartClaimTypes.Subject, userId) };
        if (payload.TryGetProperty(RampartClaimTypes.Email, out var email) && email.ValueKind == JsonValueKind.String)
        {
            claims.Add(new Claim(RampartClaimTypes.Email, email.GetString()!));
        }

        if (payload.TryGetProperty(RampartClaimTypes.Role, out var roles) && roles.ValueKind == JsonValueKind.Array)
        {
            foreach (var role in roles.EnumerateArray())
            {
                if (role.ValueKind == JsonValueKind.String)
                {
                    claims.Add(new Claim(RampartClaimTypes.Role, role.GetString()!));
                }
            }
        }

        if (payload.TryGetProperty(RampartClaimTypes.TokenId, out var jti) && jti.ValueKind == JsonValueKind.String)
        {
            claims.Add(new Claim(RampartClaimTypes.TokenId, jti.GetString()!));
        }

        var identity = new ClaimsIdentity(claims, RampartAuthenticationDefaults.Scheme, RampartClaimTypes.Email, RampartClaimTypes.Role);
        return new AccessTokenValidation(new ClaimsPrincipal(identity), null, DateTimeOffset.FromUnixTimeSeconds((long)Math.Ceiling(expires) + skew));
    }

    private static bool HasAudience(JsonElement aud, string expected)
    {
        if (aud.ValueKind == JsonValueKind.String)
        {
            return aud.ValueEquals(expected);
        }

        if (aud.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var audience in aud.EnumerateArray())
        {
            if (audience.ValueKind == JsonValueKind.String && audience.ValueEquals(expected))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject as a user id in its canonical form: the token's own string when it already is.</summary>
    private static string? CanonicalUserId(string subject)
    {
        if (!Guid.TryParse(subject, out var userId))
        {
            return null;
        }

        Span<char> canonical = stackalloc char[36];
        return userId.TryFormat(canonical, out var written) && canonical[..written].SequenceEqual(subject) ? subject : userId.ToString();
    }

    /// <summary>Decodes a base64url part into <paramref name="buffer"/> at <paramref name="offset"/>, then moves past it.</summary>
    private static ReadOnlyMemory<byte>? Decode(ReadOnlySpan<char> part, byte[] buffer, ref int offset)
    {
        if (Base64Url.DecodeFromChars(part, buffer.AsSpan(offset), out _, out var written) != OperationStatus.Done)
        {
            return null;
        }

        var decoded = new ReadOnlyMemory<byte>(buffer, offset, written);
        offset += written;
        return decoded;
    }

    private static JsonDocument? Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            return JsonDocument.Parse(json, StrictJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
