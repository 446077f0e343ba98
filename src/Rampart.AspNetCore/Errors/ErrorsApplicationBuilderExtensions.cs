namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the middleware that renders every error path as problem details.</summary>
public static class ErrorsApplicationBuilderExtensions
{
    /// <summary>
    /// Uses the framework's exception handler (which runs the handlers <c>AddRampartProblemDetails</c> registers)
    /// and status-code pages, so that exceptions and bodiless error statuses (404, 405, 415, 401, 403…) from
    /// routing, the server and endpoints all answer <c>application/problem+json</c>.
    /// </summary>
    public static IApplicationBuilder UseRampartProblemDetails(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
