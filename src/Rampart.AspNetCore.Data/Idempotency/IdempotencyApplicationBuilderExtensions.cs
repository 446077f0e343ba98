using Microsoft.AspNetCore.Builder;
using Rampart.AspNetCore.Data.Idempotency;

namespace Rampart.AspNetCore.Data;

/// <summary>Adds the idempotency middleware to the pipeline.</summary>
public static class IdempotencyApplicationBuilderExtensions
{
    /// <summary>
    /// Runs endpoints marked with <c>WithIdempotency()</c> / <c>RequireIdempotencyKey()</c> once per key. Place it after
    /// <c>UseExceptionHandler()</c>, authentication and routing (it needs the endpoint and the caller).
    /// </summary>
    public static IApplicationBuilder UseRampartIdempotency(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<IdempotencyMiddleware>();
    }
}
