using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Data.Concurrency;

/// <summary>Rejects an update without a usable <c>If-Match</c> (428 / 400) before the handler runs.</summary>
internal sealed class IfMatchFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        _ = ExpectedVersion.Read(context.HttpContext);
        return next(context);
    }
}
