using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Rampart.AspNetCore.Identity;

namespace Rampart.Benchmarks.Identity;

/// <summary>
/// ES256 access tokens: issuing one with IdentityModel's JsonWebTokenHandler against the bare signature, and validating
/// one as the local bearer scheme does (Rampart's shape checks, the framework's validation, Rampart's rules) with the
/// validated-token cache off and on, against the bare signature check. The cache-on figure is what a client reusing its
/// token pays per request; the cache-off figure is what every request would pay without it.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AccessTokenBenchmarks : IDisposable
{
    private SigningKeyRing _keys = null!;
    private AccessTokenIssuer _issuer = null!;
    private (RampartTokenHandler Handler, TokenValidationParameters Parameters) _uncached;
    private (RampartTokenHandler Handler, TokenValidationParameters Parameters) _cached;
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
        _user = new RampartUser
        {
            Id = Guid.CreateVersion7(),
            Email = "ada@shop.example",
            NormalizedEmail = "ADA@SHOP.EXAMPLE",
            PasswordHash = "not used",
            Roles = ["customer"],
        };
        _token = _issuer.Issue(_user).Value;
        _cached = LocalScheme(settings);
        settings.ValidatedTokenCacheSize = 0;
        _uncached = LocalScheme(settings);
        var lastDot = _token.LastIndexOf('.');
        _signingInput = Encoding.ASCII.GetBytes(_token[..lastDot]);
        _signature = System.Buffers.Text.Base64Url.DecodeFromChars(_token.AsSpan(lastDot + 1));
        if (!ValidateUncached().GetAwaiter().GetResult() || !ValidateCached().GetAwaiter().GetResult() || !VerifyOnly())
        {
            throw new InvalidOperationException("The issued token does not validate.");
        }
    }

    [Benchmark(Baseline = true, Description = "issue: ES256 signature only")]
    [BenchmarkCategory("issue")]
    public byte[] SignOnly() =>
        _keys.Active.Key.SignData(_signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    [Benchmark(Description = "issue: access token (JsonWebTokenHandler)")]
    [BenchmarkCategory("issue")]
    public string Issue() => _issuer.Issue(_user).Value;

    [Benchmark(Baseline = true, Description = "validate: ES256 signature check only")]
    [BenchmarkCategory("validate")]
    public bool VerifyOnly() =>
        _keys.Active.Key.VerifyData(_signingInput, _signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    [Benchmark(Description = "validate: bearer scheme, cache off")]
    [BenchmarkCategory("validate")]
    public async Task<bool> ValidateUncached() => (await _uncached.Handler.ValidateTokenAsync(_token, _uncached.Parameters)).IsValid;

    [Benchmark(Description = "validate: bearer scheme, cached token")]
    [BenchmarkCategory("validate")]
    public async Task<bool> ValidateCached() => (await _cached.Handler.ValidateTokenAsync(_token, _cached.Parameters)).IsValid;

    public void Dispose()
    {
        _keys?.Dispose();
        GC.SuppressFinalize(this);
    }

    // The local scheme exactly as AddRampartIdentity configures it.
    private (RampartTokenHandler, TokenValidationParameters) LocalScheme(RampartIdentityOptions settings)
    {
        var services = new ServiceCollection().AddSingleton(_keys).BuildServiceProvider();
        var bearer = new JwtBearerOptions();
        new BearerOptionsSetup(Options.Create(settings), services, TimeProvider.System, NullLoggerFactory.Instance)
            .Configure(RampartAuthenticationDefaults.LocalScheme, bearer);
        return ((RampartTokenHandler)bearer.TokenHandlers.Single(), bearer.TokenValidationParameters);
    }
}
