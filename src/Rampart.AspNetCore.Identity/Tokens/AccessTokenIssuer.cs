using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity;

/// <summary>Issues ES256 JWT access tokens with IdentityModel's <see cref="JsonWebTokenHandler"/>, signed by the ring's active key.</summary>
internal sealed class AccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;
    private readonly IOptions<RampartIdentityOptions> _options;
    private readonly TimeProvider _time;

    public AccessTokenIssuer(SigningKeyRing keys, IOptions<RampartIdentityOptions> options, TimeProvider time)
    {
        _credentials = new SigningCredentials(keys.Active.SecurityKey, Es256.Algorithm);
        _options = options;
        _time = time;
    }

    public AccessToken Issue(RampartUser user)
    {
        var settings = _options.Value;
        var now = _time.GetUtcNow();
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + settings.AccessTokenLifetime).UtcDateTime,
            TokenType = JwtConstants.HeaderType,
            SigningCredentials = _credentials,
            Claims = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [RampartClaimTypes.Subject] = user.Id.ToString(),
                [RampartClaimTypes.Email] = user.Email,
                [RampartClaimTypes.Role] = user.Roles.ToArray(),
                [RampartClaimTypes.TokenId] = Guid.CreateVersion7(now).ToString(),
            },
        });
        return new AccessToken(token, (int)settings.AccessTokenLifetime.TotalSeconds);
    }
}
