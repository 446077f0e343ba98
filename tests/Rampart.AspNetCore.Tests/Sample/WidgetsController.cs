using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>The minimal-API widgets of <see cref="SampleEndpoints"/>, written as an <c>[ApiController]</c>.</summary>
[ApiController]
[Route("api/v1/mvc/widgets")]
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "MVC routes only to instance methods.")]
public sealed class WidgetsController : ControllerBase
{
    public const string LimitedPolicy = "widgets-limited";

    [HttpPost]
    public ActionResult<DataEnvelope<Widget>> Create(WidgetRequest request) =>
        Created($"/api/v1/mvc/widgets/{Guid.Empty}", new DataEnvelope<Widget>(new Widget(Guid.CreateVersion7(), request.Name, request.Quantity, request.Note)));

    [HttpGet("{id:guid}")]
    public ActionResult<DataEnvelope<Widget>> Get(Guid id) => id == Guid.Empty
        ? Ok(new DataEnvelope<Widget>(new Widget(id, "known", 1, null)))
        : Error.NotFound("catalog.widget_not_found", $"Widget {id} does not exist.").ToActionResult();

    [HttpGet("by-name/{name}")]
    public ActionResult<DataEnvelope<Widget>> GetByName(string name) =>
        FindByName(name).ToActionResult(w => Ok(new DataEnvelope<Widget>(w)));

    [HttpGet("search")]
    public IActionResult Search([FromQuery, BindRequired] int limit) => Ok(limit);

    [HttpPut("{id:guid}")]
    public IActionResult Replace(Guid id, WidgetRequest request) => Result.Success().ToActionResult(NoContent);

    [HttpGet("conflict")]
    public IActionResult TakenSku() => Error.Conflict("catalog.sku_taken", "The SKU is taken.").ToActionResult();

    [HttpGet("busy")]
    public IActionResult Busy() =>
        new Error("billing.busy", ErrorKind.Unavailable, "Try again soon.") { RetryAfter = TimeSpan.FromSeconds(7.2) }.ToActionResult();

    [HttpGet("throw")]
    public IActionResult Throw() => throw new InvalidOperationException("secret connection string leaked");

    [HttpGet("missing")]
    public IActionResult Missing() => NotFound();

    [HttpGet("admin")]
    [Authorize(Roles = "admin")]
    public IActionResult Admin() => Ok("admin");

    [HttpGet("unlimited")]
    [DisableRateLimiting]
    public IActionResult Unlimited() => Ok("unlimited");

    [HttpGet("limited")]
    [EnableRateLimiting(LimitedPolicy)]
    public IActionResult Limited() => Ok("limited");

    private static Result<Widget> FindByName(string name) => name == "known"
        ? new Widget(Guid.Empty, name, 1, null)
        : Error.NotFound("catalog.widget_not_found", $"No widget is named {name}.");
}
