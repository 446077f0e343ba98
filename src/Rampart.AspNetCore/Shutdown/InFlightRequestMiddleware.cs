using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Shutdown;

/// <summary>Tracks every request in <see cref="IShutdownDrain"/> so shutdown can wait for it and name it if cut off.</summary>
internal sealed class InFlightRequestMiddleware(RequestDelegate next, IShutdownDrain drain)
{
    // The built-in drain tracks the request itself (no handle, no description until shutdown needs one); a
    // replacement drain gets the public Track call.
    private readonly ShutdownDrain? _builtIn = drain as ShutdownDrain;

    public Task InvokeAsync(HttpContext context) =>
        _builtIn is null ? TrackThroughInterfaceAsync(context) : TrackAsync(_builtIn, context);

    private async Task TrackAsync(ShutdownDrain builtIn, HttpContext context)
    {
        builtIn.EnterRequest(context);
        try
        {
            await next(context);
        }
        finally
        {
            builtIn.ExitRequest(context);
        }
    }

    private async Task TrackThroughInterfaceAsync(HttpContext context)
    {
        using var _ = drain.Track(ShutdownDrain.DescribeRequest(context));
        try
        {
            await next(context);
        }
        finally
        {
            if (drain.Stopping.IsCancellationRequested && context.RequestAborted.IsCancellationRequested)
            {
                drain.ReportCutOff(ShutdownDrain.DescribeRequest(context) + " aborted");
            }
        }
    }
}
