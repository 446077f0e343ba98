using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>The validator on its own: the compact-JWS shape found by the dots, and the claims it hands on.</summary>
public sealed class AccessTokenValidatorTests : IDisposable
{
    private const string KeyId = "unit-2026";
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly AccessTokenValidator _validator;

    public AccessTokenValidatorTests()
    {
        var settings = new RampartIdentityOptions { Issuer = IdentityTestHost.Issuer, Audience = IdentityTestHost.Audience };
        settings.SigningKeys.Add(new SigningKeyOptions { KeyId = KeyId, PrivateKeyPem = _key.ExportECPrivateKeyPem() });
        var options = Options.Create(settings);
        var keys = new SigningKeyRing(options, new HostingEnvironment { EnvironmentName = "Production" }, NullLogger<SigningKeyRing>.Instance);
        _validator = new AccessTokenValidator(keys, options, TimeProvider.System);
    }

    [Fact]
    public void Validate_WellFormedToken_Succeeds()
    {
        var result = _validator.Validate(Sign(Claims(Guid.CreateVersion7())));

        Assert.True(result.Succeeded, result.Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b")]
    [InlineData(".b.c")]
    [InlineData("a..c")]
    [InlineData("a.b.")]
    [InlineData("..")]
    [InlineData("a.b.c.d")]
    public void Validate_NotThreeNonEmptyParts_FailsAsNotACompactJws(string token) =>
        Assert.Equal("not a compact JWS", _validator.Validate(token).Failure);

    [Fact]
    public void Validate_ValidTokenWithAFourthPart_FailsAsNotACompactJws() =>
        Assert.Equal("not a compact JWS", _validator.Validate(Sign(Claims(Guid.CreateVersion7())) + ".e30").Failure);

    [Theory]
    [InlineData(63)]
    [InlineData(65)]
    [InlineData(128)]
    public void Validate_SignatureOfTheWrongLength_FailsAsBadSignature(int length)
    {
        var token = Sign(Claims(Guid.CreateVersion7()));
        var forged = token[..(token.LastIndexOf('.') + 1)] + Base64Url.EncodeToString(new byte[length]);

        Assert.Equal("bad signature", _validator.Validate(forged).Failure);
    }

    [Fact]
    public void Validate_NonAsciiCharacterInThePayloadPart_FailsAsBadSignature()
    {
        var token = Sign(Claims(Guid.CreateVersion7()));
        var firstDot = token.IndexOf('.', StringComparison.Ordinal);
        var forged = token[..(firstDot + 1)] + "é" + token[(firstDot + 2)..];

        Assert.Equal("bad signature", _validator.Validate(forged).Failure);
    }

    [Fact]
    public void Validate_SubjectInAnotherGuidFormat_GivesTheCanonicalUserId()
    {
        var userId = Guid.CreateVersion7();
        var claims = Claims(userId);
        claims["sub"] = userId.ToString("B").ToUpperInvariant();

        var result = _validator.Validate(Sign(claims));

        Assert.Equal(userId.ToString(), result.Principal!.FindFirst(RampartClaimTypes.Subject)!.Value);
    }

    [Fact]
    public void Validate_AudienceArrayWithOurs_SucceedsWithEveryStringRole()
    {
        var claims = Claims(Guid.CreateVersion7());
        claims["aud"] = new JsonArray("other-api", 7, IdentityTestHost.Audience);
        claims["role"] = new JsonArray("customer", 3, "admin");

        var result = _validator.Validate(Sign(claims));

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(["customer", "admin"], result.Principal!.FindAll(RampartClaimTypes.Role).Select(c => c.Value));
    }

    [Fact]
    public void Validate_SameTokenManyTimesConcurrently_AlwaysSucceeds()
    {
        var token = Sign(Claims(Guid.CreateVersion7()));

        var results = Enumerable.Range(0, 200).AsParallel().Select(_ => _validator.Validate(token).Succeeded).ToArray();

        Assert.All(results, Assert.True);
    }

    public void Dispose() => _key.Dispose();

    private static JsonObject Claims(Guid userId) => TestTokens.Claims(userId, DateTimeOffset.UtcNow);

    private string Sign(JsonObject claims)
    {
        var input = TestTokens.Encode(TestTokens.Header(KeyId)) + "." + TestTokens.Encode(claims);
        var signature = _key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return input + "." + Base64Url.EncodeToString(signature);
    }
}
