using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Hashes and verifies passwords with the framework's <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512,
/// constant-time comparison). An unknown user is verified against a dummy hash of the same cost, so the answer
/// takes about as long as for a wrong password.
/// </summary>
internal sealed class PasswordService
{
    private static readonly RampartUser Nobody = new() { Email = "nobody@invalid", NormalizedEmail = "NOBODY@INVALID", PasswordHash = "" };
    private readonly PasswordHasher<RampartUser> _hasher;
    private readonly Lazy<string> _dummyHash;

    public PasswordService(IOptions<RampartIdentityOptions> options)
    {
        _hasher = new PasswordHasher<RampartUser>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = options.Value.Passwords.HashIterations,
        }));
        _dummyHash = new Lazy<string>(() => _hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32)));
    }

    public string Hash(RampartUser user, string password) => _hasher.HashPassword(user, password);

    /// <summary>Verifies <paramref name="password"/>; a <see langword="null"/> user always fails after the same work.</summary>
    public PasswordVerificationResult Verify(RampartUser? user, string password)
    {
        if (user is null)
        {
            _hasher.VerifyHashedPassword(Nobody, _dummyHash.Value, password);
            return PasswordVerificationResult.Failed;
        }

        return _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
    }

    /// <summary>Computes the dummy hash ahead of the first login, so that login is not the slow one.</summary>
    public void Warm() => _ = _dummyHash.Value;
}
