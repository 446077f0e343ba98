namespace Rampart.AspNetCore.Identity;

/// <summary>
/// The lifetime check handed to the framework's token validation, so that it reads the clock from the injected
/// <see cref="TimeProvider"/> (tests move it; IdentityModel alone would read the system clock): <c>exp</c> is required,
/// and both <c>exp</c> and <c>nbf</c> are honoured with the configured skew.
/// </summary>
internal static class TokenLifetime
{
    public static bool IsValid(DateTime? notBefore, DateTime? expires, DateTimeOffset now, TimeSpan skew)
    {
        var instant = now.UtcDateTime;
        return expires is { } exp
            && (exp >= DateTime.MaxValue - skew || instant < exp + skew)
            && (notBefore is not { } nbf || nbf <= DateTime.MinValue + skew || instant >= nbf - skew);
    }
}
