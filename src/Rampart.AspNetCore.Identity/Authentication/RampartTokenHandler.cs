using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// The framework's <see cref="JsonWebTokenHandler"/> with Rampart's rules around it: the strict shape checks of
/// <see cref="StrictJwt"/> first, the user id and lifetime rules and one principal shape after
/// (<see cref="TokenPrincipal"/>), and a bounded cache of tokens that passed, so a client reusing its token (every
/// request of a session) costs a dictionary lookup instead of an ECDSA verification. The cache key is the whole token;
/// only successes are kept, each until the token's expiry plus the clock skew, and each hit gets its own copy of the
/// identity so a claims transformation cannot leak from one request into another. At capacity it starts afresh.
/// </summary>
internal sealed class RampartTokenHandler : JsonWebTokenHandler
{
    private readonly TokenRules _rules;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Validated> _valid = new(StringComparer.Ordinal);

    public RampartTokenHandler(TokenRules rules, TimeProvider time)
    {
        _rules = rules;
        _time = time;
        MapInboundClaims = false;
        MaximumTokenSizeInBytes = Es256.MaximumTokenLength;
    }

    public int CachedCount => _valid.Count;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(validationParameters);
        var now = _time.GetUtcNow();
        if (_rules.CacheCapacity > 0 && _valid.TryGetValue(token, out var cached))
        {
            if (now < cached.Until)
            {
                return cached.Result();
            }

            _valid.TryRemove(token, out _);
        }

        if (StrictJwt.Failure(token) is { } refused)
        {
            return Refuse(refused);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return result;
        }

        var (identity, failure) = TokenPrincipal.From(result.ClaimsIdentity, jwt, _rules, now, validationParameters.ClockSkew);
        if (identity is null)
        {
            return Refuse(failure!);
        }

        var validated = new Validated(jwt, identity, Until(jwt, validationParameters.ClockSkew));
        if (_rules.CacheCapacity > 0)
        {
            if (_valid.Count >= _rules.CacheCapacity)
            {
                _valid.Clear();
            }

            _valid[token] = validated;
        }

        return validated.Result();
    }

    // exp may be far in the future for another issuer's token: never let exp + skew overflow.
    private static DateTimeOffset Until(JsonWebToken token, TimeSpan skew) =>
        token.ValidTo >= DateTime.MaxValue - skew ? DateTimeOffset.MaxValue : new DateTimeOffset(token.ValidTo + skew, TimeSpan.Zero);

    private static TokenValidationResult Refuse(string reason) => new()
    {
        IsValid = false,
        Exception = new SecurityTokenValidationException($"The access token is refused: {reason}."),
    };

    private sealed record Validated(JsonWebToken Token, System.Security.Claims.ClaimsIdentity Identity, DateTimeOffset Until)
    {
        public TokenValidationResult Result() => new()
        {
            IsValid = true,
            SecurityToken = Token,
            ClaimsIdentity = Identity.Clone(),
            Issuer = Token.Issuer,
            TokenType = Token.Typ,
        };
    }
}
