using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Rampart.AspNetCore.Mvc;

/// <summary>
/// An endpoint result run as a controller's action result, so a problem a controller returns is written by the same
/// <see cref="IProblemDetailsService"/> path as a minimal API's (instance, code, traceId, Retry-After).
/// </summary>
internal sealed class HttpResultActionResult(IResult result) : ActionResult
{
    public IResult Result { get; } = result;

    public override Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Result.ExecuteAsync(context.HttpContext);
    }
}
