using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Identity;

/// <summary>Options of the <see cref="RampartAuthenticationDefaults.Scheme"/> authentication scheme.</summary>
public sealed class RampartBearerOptions : AuthenticationSchemeOptions
{
    /// <summary>
    /// Paths under which the token may come as the <c>access_token</c> query parameter (browsers cannot set headers on
    /// WebSocket requests). Defaults to <c>/hubs</c>.
    /// </summary>
    public IList<PathString> QueryTokenPaths { get; } = [new PathString("/hubs")];
}
