using Rampart.AspNetCore.RequestBody;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the request body size limit.</summary>
public static class RequestBodyApplicationBuilderExtensions
{
    /// <summary>Enforces the body limit with a 413 problem. Use after <c>UseRouting()</c> so endpoint overrides apply.</summary>
    public static IApplicationBuilder UseRampartRequestBodyLimit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<RequestBodyLimitMiddleware>();
    }
}
