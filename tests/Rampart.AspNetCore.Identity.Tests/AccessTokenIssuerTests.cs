using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>The issuer on its own: the header and claims it writes, and tokens a stock JWT validator accepts.</summary>
public sealed class AccessTokenIssuerTests : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly AccessTokenIssuer _issuer;
    private readonly RampartUser _user = new()
    {
        Id = Guid.CreateVersion7(),
        Email = "ada@shop.test",
        NormalizedEmail = "ADA@SHOP.TEST",
        PasswordHash = "not used",
        Roles = ["customer", "admin"],
    };

    public AccessTokenIssuerTests()
    {
        var settings = new RampartIdentityOptions { Issuer = IdentityTestHost.Issuer, Audience = IdentityTestHost.Audience };
        settings.SigningKeys.Add(new SigningKeyOptions { KeyId = "issuer-2026", PrivateKeyPem = _key.ExportECPrivateKeyPem() });
        var options = Options.Create(settings);
        var keys = new SigningKeyRing(options, new HostingEnvironment { EnvironmentName = "Production" }, NullLogger<SigningKeyRing>.Instance);
        _issuer = new AccessTokenIssuer(keys, options, TimeProvider.System);
    }

    [Fact]
    public void Issue_Token_HasTheEs256HeaderAndTheUsersClaims()
    {
        var token = _issuer.Issue(_user).Value;

        var header = TestTokens.DecodePart(token, 0);
        Assert.Equal(["alg", "kid", "typ"], header.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("ES256", header.GetProperty("alg").GetString());
        Assert.Equal("issuer-2026", header.GetProperty("kid").GetString());
        Assert.Equal("JWT", header.GetProperty("typ").GetString());
        var payload = TestTokens.DecodePart(token, 1);
        Assert.Equal(_user.Id.ToString(), payload.GetProperty("sub").GetString());
        Assert.Equal("ada@shop.test", payload.GetProperty("email").GetString());
        Assert.Equal(["customer", "admin"], payload.GetProperty("role").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(Guid.Parse(payload.GetProperty("jti").GetString()!).ToString(), payload.GetProperty("jti").GetString());
        Assert.Equal(900, payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64());
        Assert.Equal(64, Base64Url.DecodeFromChars(token.Split('.')[2]).Length);
    }

    [Fact]
    public async Task Issue_TwoTokens_DifferInJtiAndBothPassAStockValidator()
    {
        var first = _issuer.Issue(_user).Value;
        var second = _issuer.Issue(_user).Value;

        Assert.NotEqual(TestTokens.DecodePart(first, 1).GetProperty("jti").GetString(), TestTokens.DecodePart(second, 1).GetProperty("jti").GetString());
        var handler = new JsonWebTokenHandler { MapInboundClaims = false };
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = IdentityTestHost.Issuer,
            ValidAudience = IdentityTestHost.Audience,
            IssuerSigningKey = new ECDsaSecurityKey(_key) { KeyId = "issuer-2026" },
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        };
        Assert.True((await handler.ValidateTokenAsync(first, parameters)).IsValid);
        Assert.True((await handler.ValidateTokenAsync(second, parameters)).IsValid);
    }

    public void Dispose() => _key.Dispose();
}
