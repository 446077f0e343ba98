using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity;

/// <summary>One cleanup pass: refresh-token families whose every token expired, and login counters gone quiet.</summary>
internal sealed class IdentityCleanup(IIdentityStore store, IOptions<RampartIdentityOptions> options, TimeProvider time, ILogger<IdentityCleanup> logger)
{
    public async Task<(int RefreshTokens, int Throttles)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tokens = await store.DeleteExpiredRefreshTokensAsync(now, cancellationToken);
        var throttles = await store.DeleteStaleLoginThrottlesAsync(now - options.Value.LoginThrottle.ResetAfter, now, cancellationToken);
        IdentityLog.CleanupCompleted(logger, tokens, throttles);
        return (tokens, throttles);
    }
}
