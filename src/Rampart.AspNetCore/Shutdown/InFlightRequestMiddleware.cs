using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Shutdown;

/// <summary>Tracks every request in <see cref="IShutdownDrain"/> so shutdown can wait for it and name it if cut off.</summary>
internal sealed class InFlightRequestMiddleware(RequestDelegate next, IShutdownDrain drain)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using var _ = drain.Track($"request {context.Request.Method} {context.Request.Path} ({context.TraceIdentifier})");
        await next(context);
    }
}
