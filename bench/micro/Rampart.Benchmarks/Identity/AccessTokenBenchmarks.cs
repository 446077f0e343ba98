using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Identity;

namespace Rampart.Benchmarks.Identity;

/// <summary>
/// ES256 access tokens: issuing one (claims JSON, signature, base64url) against the bare signature, and validating
/// one (strict parsing, key lookup, signature, claims, principal) against the bare signature check.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AccessTokenBenchmarks : IDisposable
{
    private SigningKeyRing _keys = null!;
    private AccessTokenIssuer _issuer = null!;
    private AccessTokenValidator _validator = null!;
    private RampartUser _user = null!;
    private string _token = null!;
    private byte[] _signingInput = [];
    private byte[] _signature = [];

    [GlobalSetup]
    public void CreateKeys()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var settings = new RampartIdentityOptions { Issuer = "https://shop.example", Audience = "shop-api" };
        settings.SigningKeys.Add(new SigningKeyOptions { KeyId = "bench-2026", PrivateKeyPem = key.ExportECPrivateKeyPem() });
        var options = Options.Create(settings);
        _keys = new SigningKeyRing(options, new HostingEnvironment { EnvironmentName = "Production" }, NullLogger<SigningKeyRing>.Instance);
        _issuer = new AccessTokenIssuer(_keys, options, TimeProvider.System);
        _validator = new AccessTokenValidator(_keys, options, TimeProvider.System);
        _user = new RampartUser
        {
            Id = Guid.CreateVersion7(),
            Email = "ada@shop.example",
            NormalizedEmail = "ADA@SHOP.EXAMPLE",
            PasswordHash = "not used",
            Roles = ["customer"],
        };
        _token = _issuer.Issue(_user).Value;
        var lastDot = _token.LastIndexOf('.');
        _signingInput = Encoding.ASCII.GetBytes(_token[..lastDot]);
        _signature = System.Buffers.Text.Base64Url.DecodeFromChars(_token.AsSpan(lastDot + 1));
        if (Validate() is null || !VerifyOnly())
        {
            throw new InvalidOperationException("The issued token does not validate.");
        }
    }

    [Benchmark(Baseline = true, Description = "issue: ES256 signature only")]
    [BenchmarkCategory("issue")]
    public byte[] SignOnly() =>
        _keys.Active.Key.SignData(_signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    [Benchmark(Description = "issue: access token")]
    [BenchmarkCategory("issue")]
    public string Issue() => _issuer.Issue(_user).Value;

    [Benchmark(Baseline = true, Description = "validate: ES256 signature check only")]
    [BenchmarkCategory("validate")]
    public bool VerifyOnly() =>
        _keys.Active.Key.VerifyData(_signingInput, _signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    [Benchmark(Description = "validate: access token")]
    [BenchmarkCategory("validate")]
    public ClaimsPrincipal? Validate() => _validator.Validate(_token).Principal;

    public void Dispose()
    {
        _keys?.Dispose();
        GC.SuppressFinalize(this);
    }
}
