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

        var parts = token.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            return AccessTokenValidation.Fail("not a compact JWS");
        }

        if (Decode(parts[0]) is not { } headerBytes || Parse(headerBytes) is not { } header)
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

            if (Decode(parts[2]) is not { Length: Es256.SignatureLength } signature
                || !key!.Key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
            {
                return AccessTokenValidation.Fail("bad signature");
            }
        }

        if (Decode(parts[1]) is not { } payloadBytes || Parse(payloadBytes) is not { } payload)
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

        if (!header.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != Es256.Algorithm)
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

        if (!payload.TryGetProperty("iss", out var iss) || iss.ValueKind != JsonValueKind.String || iss.GetString() != settings.Issuer)
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

        if (!payload.TryGetProperty(RampartClaimTypes.Subject, out var sub) || sub.ValueKind != JsonValueKind.String || !Guid.TryParse(sub.GetString(), out var userId))
        {
            return AccessTokenValidation.Fail("no subject");
        }

        var claims = new List<Claim> { new(RampartClaimTypes.Subject, userId.ToString()) };
        if (payload.TryGetProperty(RampartClaimTypes.Email, out var email) && email.ValueKind == JsonValueKind.String)
        {
            claims.Add(new Claim(RampartClaimTypes.Email, email.GetString()!));
        }

        if (payload.TryGetProperty(RampartClaimTypes.Role, out var roles) && roles.ValueKind == JsonValueKind.Array)
        {
            claims.AddRange(roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => new Claim(RampartClaimTypes.Role, r.GetString()!)));
        }

        if (payload.TryGetProperty(RampartClaimTypes.TokenId, out var jti) && jti.ValueKind == JsonValueKind.String)
        {
            claims.Add(new Claim(RampartClaimTypes.TokenId, jti.GetString()!));
        }

        var identity = new ClaimsIdentity(claims, RampartAuthenticationDefaults.Scheme, RampartClaimTypes.Email, RampartClaimTypes.Role);
        return new AccessTokenValidation(new ClaimsPrincipal(identity), null, DateTimeOffset.FromUnixTimeSeconds((long)Math.Ceiling(expires) + skew));
    }

    private static bool HasAudience(JsonElement aud, string expected) => aud.ValueKind switch
    {
        JsonValueKind.String => aud.GetString() == expected,
        JsonValueKind.Array => aud.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.GetString() == expected),
        _ => false,
    };

    private static byte[]? Decode(string part)
    {
        try
        {
            return Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static JsonDocument? Parse(byte[] json)
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
