using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>The issuer on its own: the exact header and claims it writes, and tokens its validator accepts.</summary>
public sealed class AccessTokenIssuerTests : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly AccessTokenIssuer _issuer;
    private readonly AccessTokenValidator _validator;
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
        _validator = new AccessTokenValidator(keys, options, TimeProvider.System);
    }

    [Fact]
    public void Issue_Token_HasTheExactHeaderAndTheUsersClaims()
    {
        var token = _issuer.Issue(_user).Value;

        var parts = token.Split('.');
        Assert.Equal("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"issuer-2026\"}", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
        var payload = TestTokens.DecodePart(token, 1);
        Assert.Equal(_user.Id.ToString(), payload.GetProperty("sub").GetString());
        Assert.Equal(["customer", "admin"], payload.GetProperty("role").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(Guid.Parse(payload.GetProperty("jti").GetString()!).ToString(), payload.GetProperty("jti").GetString());
        Assert.Equal(64, Base64Url.DecodeFromChars(parts[2]).Length);
    }

    [Fact]
    public void Issue_TwoTokens_ShareTheHeaderAndBothValidate()
    {
        var first = _issuer.Issue(_user).Value;
        var second = _issuer.Issue(_user).Value;

        Assert.Equal(first.Split('.')[0], second.Split('.')[0]);
        Assert.NotEqual(TestTokens.DecodePart(first, 1).GetProperty("jti").GetString(), TestTokens.DecodePart(second, 1).GetProperty("jti").GetString());
        Assert.True(_validator.Validate(first).Succeeded);
        Assert.True(_validator.Validate(second).Succeeded);
    }

    public void Dispose() => _key.Dispose();
}
