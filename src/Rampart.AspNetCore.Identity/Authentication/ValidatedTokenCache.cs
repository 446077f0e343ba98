using System.Collections.Concurrent;
using System.Security.Claims;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Remembers access tokens that passed validation until they expire, so a client reusing its token (every request of
/// a session) costs a dictionary lookup instead of an ECDSA verification. The key is the whole token: any other
/// string, however close, is validated in full. Only successes are kept; each hit hands out a copy of the principal,
/// so claims transformations cannot leak from one request into another. Bounded: at capacity it starts afresh.
/// The signing keys are fixed for the process's lifetime, so a cached success stays a success until expiry.
/// </summary>
internal sealed class ValidatedTokenCache(AccessTokenValidator validator, TimeProvider time, int capacity)
{
    private readonly ConcurrentDictionary<string, AccessTokenValidation> _valid = new(StringComparer.Ordinal);

    public int Count => _valid.Count;

    public AccessTokenValidation Validate(string token)
    {
        if (capacity > 0 && _valid.TryGetValue(token, out var cached))
        {
            if (time.GetUtcNow() < cached.ValidUntil)
            {
                return cached with { Principal = Copy(cached.Principal!) };
            }

            _valid.TryRemove(token, out _);
        }

        var validation = validator.Validate(token);
        if (validation.Succeeded && capacity > 0)
        {
            if (_valid.Count >= capacity)
            {
                _valid.Clear();
            }

            _valid[token] = validation with { Principal = Copy(validation.Principal!) };
        }

        return validation;
    }

    // ClaimsPrincipal.Clone shares its identities; copy them too.
    private static ClaimsPrincipal Copy(ClaimsPrincipal principal) => new(principal.Identities.Select(identity => identity.Clone()));
}
