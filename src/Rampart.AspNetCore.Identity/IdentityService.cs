using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Identity;

/// <summary>The identity use cases behind the auth routes: register, sign in, refresh with rotation, sign out.</summary>
internal sealed class IdentityService(
    IIdentityStore store,
    PasswordService passwords,
    AccessTokenIssuer issuer,
    LoginThrottle throttle,
    IOptions<RampartIdentityOptions> options,
    TimeProvider time,
    ILogger<IdentityService> logger)
{
    public async Task<Result<RampartUser>> RegisterAsync(string? email, string? password, IList<string> roles, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!EmailAddress.IsValid(email))
        {
            fields["email"] = ["Enter a valid e-mail address."];
        }

        if (string.IsNullOrEmpty(password))
        {
            fields["password"] = ["Enter a password."];
        }
        else if (PasswordRules.Check(password, email, options.Value.Passwords) is { } weak)
        {
            fields["password"] = [weak];
        }

        if (fields.Count > 0)
        {
            var code = fields.ContainsKey("email") ? "identity.invalid_email" : "identity.weak_password";
            return Error.Validation(code, "The registration is not valid.", fields);
        }

        var user = new RampartUser
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Email = email!,
            NormalizedEmail = EmailAddress.Normalize(email!),
            PasswordHash = "",
            Roles = [.. roles],
            CreatedAt = time.GetUtcNow(),
        };
        user.PasswordHash = passwords.Hash(user, password!);
        return await store.TryAddUserAsync(user, cancellationToken) ? user : IdentityErrors.EmailTaken;
    }

    public async Task<Result<TokenPair>> SignInAsync(string? email, string? password, string ip, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password) || email.Length > EmailAddress.MaximumLength
            || password.Length > options.Value.Passwords.MaximumLength)
        {
            return IdentityErrors.InvalidCredentials;
        }

        var normalized = EmailAddress.Normalize(email);
        if (await throttle.GetRetryAfterAsync(normalized, ip, cancellationToken) is { } retryAfter)
        {
            return IdentityErrors.TooManyAttempts with { RetryAfter = retryAfter };
        }

        var user = await store.FindUserByEmailAsync(normalized, cancellationToken);
        var verification = passwords.Verify(user, password);
        if (user is null || verification == PasswordVerificationResult.Failed)
        {
            await throttle.RecordFailureAsync(normalized, ip, cancellationToken);
            return IdentityErrors.InvalidCredentials;
        }

        await throttle.RecordSuccessAsync(normalized, ip, cancellationToken);
        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await store.UpdateUserAsync(user.Id, passwords.Hash(user, password), user.Roles, cancellationToken);
        }

        var now = time.GetUtcNow();
        var (refreshToken, record) = NewRefreshToken(user.Id, Guid.CreateVersion7(now), now);
        await store.AddRefreshTokenAsync(record, cancellationToken);
        return Pair(user, refreshToken);
    }

    public async Task<Result<TokenPair>> RefreshAsync(string? refreshToken, CancellationToken cancellationToken)
    {
        if (RefreshTokenValue.TryHash(refreshToken) is not { } hash
            || await store.FindRefreshTokenAsync(hash, cancellationToken) is not { } presented)
        {
            return IdentityErrors.InvalidRefreshToken;
        }

        var now = time.GetUtcNow();
        if (presented.RevokedAt is not null)
        {
            IdentityLog.RevokedRefreshTokenPresented(logger, presented.FamilyId);
            return IdentityErrors.InvalidRefreshToken;
        }

        if (presented.SpentAt is not null)
        {
            return await RevokeForReuseAsync(presented, now, cancellationToken);
        }

        if (presented.ExpiresAt <= now || await store.FindUserByIdAsync(presented.UserId, cancellationToken) is not { } user)
        {
            return IdentityErrors.InvalidRefreshToken;
        }

        var (nextToken, next) = NewRefreshToken(user.Id, presented.FamilyId, now);
        if (!await store.TryRotateRefreshTokenAsync(presented.Id, now, next, cancellationToken))
        {
            // Another request spent it first: the same token was presented twice, which is a reuse.
            return await RevokeForReuseAsync(presented, now, cancellationToken);
        }

        return Pair(user, nextToken);
    }

    /// <summary>Revokes the family of <paramref name="refreshToken"/> when it belongs to <paramref name="userId"/>; otherwise does nothing.</summary>
    public async Task SignOutAsync(Guid userId, string refreshToken, CancellationToken cancellationToken)
    {
        if (RefreshTokenValue.TryHash(refreshToken) is { } hash
            && await store.FindRefreshTokenAsync(hash, cancellationToken) is { } token && token.UserId == userId)
        {
            await store.RevokeFamilyAsync(token.FamilyId, time.GetUtcNow(), cancellationToken);
        }
    }

    private async Task<Result<TokenPair>> RevokeForReuseAsync(RefreshTokenRecord presented, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var revoked = await store.RevokeFamilyAsync(presented.FamilyId, now, cancellationToken);
        IdentityLog.RefreshTokenReuse(logger, presented.UserId, presented.FamilyId, revoked);
        return IdentityErrors.InvalidRefreshToken;
    }

    private (string Value, RefreshTokenRecord Record) NewRefreshToken(Guid userId, Guid familyId, DateTimeOffset now)
    {
        var (value, hash) = RefreshTokenValue.Create();
        return (value, new RefreshTokenRecord
        {
            Id = Guid.CreateVersion7(now),
            FamilyId = familyId,
            UserId = userId,
            TokenHash = hash,
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        });
    }

    private TokenPair Pair(RampartUser user, string refreshToken)
    {
        var access = issuer.Issue(user);
        return new TokenPair(access.Value, refreshToken, RampartAuthenticationDefaults.Scheme, access.ExpiresIn);
    }
}
