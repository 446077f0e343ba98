using Rampart.AspNetCore.RequestLimits;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the request line and header limits.</summary>
public static class RequestLimitsApplicationBuilderExtensions
{
    /// <summary>Answers 414 / 431 problems for requests over the limits. Use right after the request id.</summary>
    public static IApplicationBuilder UseRampartRequestLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<RequestLimitsMiddleware>();
    }
}
