using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Tests.Sample;

public static class SampleEndpoints
{
    public static IEndpointRouteBuilder MapSampleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var widgets = endpoints.MapGroup("/api/v1/widgets").WithModule("catalog");
        widgets.MapPost("/", (CreateWidget request) =>
            Envelope.Created($"/api/v1/widgets/{Guid.Empty}", new Widget(Guid.CreateVersion7(), request.Name, request.Quantity, request.Note)));
        widgets.MapGet("/{id:guid}", IResult (Guid id) => id == Guid.Empty
            ? Envelope.Ok(new Widget(id, "known", 1, null))
            : Error.NotFound("catalog.widget_not_found", $"Widget {id} does not exist.").ToProblemResult());
        widgets.MapGet("/by-name/{name}", (string name) => FindByName(name).ToHttpResult(w => Envelope.Ok(w)));
        widgets.MapGet("/search", (int limit) => TypedResults.Ok(limit));
        widgets.MapGet("/", () => Envelope.Page<Widget>([new Widget(Guid.Empty, "known", 1, null)], 20, "next-cursor"));
        widgets.MapPut("/{id:guid}", (Guid id, CreateWidget request) => TypedResults.NoContent());

        endpoints.MapGet("/throw", string () => throw new InvalidOperationException("secret connection string leaked"));
        endpoints.MapGet("/errors/conflict", () => Error.Conflict("catalog.sku_taken", "The SKU is taken.").ToProblemResult());
        endpoints.MapGet("/errors/busy", () => new Error("billing.busy", ErrorKind.Unavailable, "Try again soon.") { RetryAfter = TimeSpan.FromSeconds(7.2) }.ToProblemResult());
        endpoints.MapGet("/errors/unexpected", IResult () => new Error("billing.ledger_broken", ErrorKind.Unexpected, "ledger row 42 is corrupt").ToProblemResult());
        endpoints.MapGet("/log", (ILoggerFactory loggers) =>
        {
            loggers.CreateLogger("Sample.Log").LogInformation("Handled the log probe");
            return TypedResults.Ok();
        }).WithModule("orders");
        endpoints.MapGet("/trace", () => TypedResults.Ok(new TraceProbe(
            System.Diagnostics.Activity.Current?.TraceId.ToHexString(), System.Diagnostics.Activity.Current?.Recorded ?? false)));
        endpoints.MapGet("/slow", async (SlowGate gate) =>
        {
            await gate.PassAsync();
            return TypedResults.Ok("finished");
        });
        endpoints.MapGet("/slow-cancellable", async (SlowGate gate, CancellationToken cancellationToken) =>
        {
            await gate.PassAsync().WaitAsync(cancellationToken);
            return TypedResults.Ok("finished");
        });
        endpoints.MapGet("/admin", () => TypedResults.Ok("admin")).RequireAuthorization(policy => policy.RequireRole("admin"));
        endpoints.MapGet("/protected", () => TypedResults.Ok("secret")).RequireAuthorization();
        var vault = endpoints.MapGroup("/api/v1/vault").RequireAuthorization();
        vault.MapPost("/", () => TypedResults.NoContent());
        vault.MapGet("/{id:guid}", (Guid id) => TypedResults.Ok(id));
        endpoints.MapGet("/me", (HttpContext context) => TypedResults.Ok(context.User.Identity?.Name ?? "anonymous"));
        return endpoints;
    }

    private static Result<Widget> FindByName(string name) => name == "known"
        ? new Widget(Guid.Empty, name, 1, null)
        : Error.NotFound("catalog.widget_not_found", $"No widget is named {name}.");
}
