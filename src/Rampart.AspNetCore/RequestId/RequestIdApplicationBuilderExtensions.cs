using Rampart.AspNetCore.RequestId;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the request-id and module-scope middleware.</summary>
public static class RequestIdApplicationBuilderExtensions
{
    /// <summary>Accepts or generates <c>X-Request-Id</c>, echoes it and opens the request's log scope. Use early.</summary>
    public static IApplicationBuilder UseRampartRequestId(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<RequestIdMiddleware>();
    }

    /// <summary>Adds the endpoint's module to the log scope. Use after <c>UseRouting()</c>.</summary>
    public static IApplicationBuilder UseRampartModuleScope(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<ModuleScopeMiddleware>();
    }
}
