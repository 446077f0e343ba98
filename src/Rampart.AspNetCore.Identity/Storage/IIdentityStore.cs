namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Persistence of users, refresh tokens and login counters. The default works on any EF Core <c>DbContext</c> whose
/// model calls <c>AddRampartIdentity</c>; replace it to keep identity data elsewhere. Every method that decides a
/// race (registration, rotation, failure counting) must be atomic across instances.
/// </summary>
public interface IIdentityStore
{
    /// <summary>The user with <paramref name="normalizedEmail"/>, or <see langword="null"/>.</summary>
    Task<RampartUser?> FindUserByEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    /// <summary>The user with <paramref name="id"/>, or <see langword="null"/>.</summary>
    Task<RampartUser?> FindUserByIdAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="user"/>; <see langword="false"/> when its e-mail is taken (decided by a unique constraint).</summary>
    Task<bool> TryAddUserAsync(RampartUser user, CancellationToken cancellationToken);

    /// <summary>Replaces the stored password hash and roles of the user <paramref name="userId"/>.</summary>
    Task UpdateUserAsync(Guid userId, string passwordHash, IList<string> roles, CancellationToken cancellationToken);

    /// <summary>Stores a new refresh token (the first of a family).</summary>
    Task AddRefreshTokenAsync(RefreshTokenRecord token, CancellationToken cancellationToken);

    /// <summary>The refresh token whose hash is <paramref name="tokenHash"/>, or <see langword="null"/>.</summary>
    Task<RefreshTokenRecord?> FindRefreshTokenAsync(byte[] tokenHash, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically marks <paramref name="spentTokenId"/> spent and stores <paramref name="next"/>; <see langword="false"/>
    /// (and nothing changed) when the token was already spent or revoked, so of concurrent callers exactly one wins.
    /// </summary>
    Task<bool> TryRotateRefreshTokenAsync(Guid spentTokenId, DateTimeOffset now, RefreshTokenRecord next, CancellationToken cancellationToken);

    /// <summary>Revokes every token of <paramref name="familyId"/> not yet revoked; returns how many.</summary>
    Task<int> RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes the tokens of families whose every token expired before <paramref name="now"/>; returns how many.</summary>
    Task<int> DeleteExpiredRefreshTokensAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The latest lock among <paramref name="keys"/> still running at <paramref name="now"/>, or <see langword="null"/>.</summary>
    Task<DateTimeOffset?> GetLockedUntilAsync(IReadOnlyCollection<string> keys, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically counts one failure for <paramref name="key"/>, starting again from one when the last failure is older
    /// than <paramref name="resetBefore"/>; returns the new count.
    /// </summary>
    Task<int> RecordLoginFailureAsync(string key, DateTimeOffset now, DateTimeOffset resetBefore, CancellationToken cancellationToken);

    /// <summary>Refuses logins for <paramref name="key"/> until <paramref name="until"/>.</summary>
    Task LockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Forgets the failures of <paramref name="keys"/>.</summary>
    Task ClearLoginFailuresAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Deletes counters with no failure since <paramref name="resetBefore"/> and no lock at <paramref name="now"/>.</summary>
    Task<int> DeleteStaleLoginThrottlesAsync(DateTimeOffset resetBefore, DateTimeOffset now, CancellationToken cancellationToken);
}
