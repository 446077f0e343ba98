using Rampart.AspNetCore.Shutdown;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds request tracking for graceful shutdown.</summary>
public static class ShutdownApplicationBuilderExtensions
{
    /// <summary>Tracks each request in <see cref="IShutdownDrain"/>. Use after <c>UseRampartRequestId()</c>.</summary>
    public static IApplicationBuilder UseRampartShutdownTracking(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<InFlightRequestMiddleware>();
    }
}
