using Microsoft.AspNetCore.Mvc.Filters;
using Rampart.AspNetCore.Data.Concurrency;

namespace Rampart.AspNetCore.Data.Mvc;

/// <summary>
/// Rejects a request without a usable <c>If-Match</c> (428 / 400 / 412) before model binding, as
/// <see cref="IfMatchFilter"/> does for a minimal API, also for an action that does not take the version itself.
/// </summary>
internal sealed class IfMatchActionFilter : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context) => _ = ExpectedVersion.Read(context.HttpContext);

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
