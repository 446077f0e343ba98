using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Messaging.Inbox;

namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>
/// Admits a request to an endpoint marked with <see cref="WebhookSignatureAttribute"/> only as a verified delivery:
/// signature and timestamp checked against the raw body, then the delivery id claimed in the inbox inside a
/// transaction on the receiver's DbContext. The handler runs in that transaction with its response buffered; a 2xx
/// commits the claim with the handler's work before anything is sent, anything else rolls both back so the sender's
/// retry is processed. A delivery id claimed before is acknowledged without running the handler.
/// </summary>
internal sealed class WebhookReceiverMiddleware(
    RequestDelegate next,
    WebhookRegistry registry,
    IOptionsMonitor<WebhookReceiverOptions> monitor,
    TimeProvider time,
    IProblemDetailsService problems,
    ILogger<WebhookReceiverMiddleware> logger)
{
    // One signer per settings instance: the monitor hands out the same instance until configuration changes, so the
    // secrets are decoded once per change rather than on every delivery.
    private readonly ConditionalWeakTable<WebhookReceiverOptions, WebhookSigner> _signers = [];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<WebhookSignatureAttribute>() is not { } marker)
        {
            await next(context);
            return;
        }

        var name = marker.Name;
        if (!registry.Receivers.TryGetValue(name, out var dbContextType))
        {
            throw new InvalidOperationException(
                $"The endpoint requires webhook '{name}', but no receiver has that name: call services.AddRampartWebhookReceiver<TDbContext>(\"{name}\", …).");
        }

        var settings = monitor.Get(name);
        var body = await ReadBodyAsync(context.Request, settings.MaxBodySize, context.RequestAborted);
        if (body is null)
        {
            await WriteProblemAsync(context, new Error(WebhookErrors.TooLarge, ErrorKind.Validation,
                $"The webhook body is larger than {settings.MaxBodySize} bytes.")
            { Title = "Payload Too Large" }, StatusCodes.Status413PayloadTooLarge);
            return;
        }

        var headers = context.Request.Headers;
        var id = headers[WebhookHeaders.Id].ToString();
        var outcome = _signers.GetValue(settings, s => new WebhookSigner(s.Secrets, s.Tolerance, time))
            .Verify(id, headers[WebhookHeaders.Timestamp].ToString(), headers[WebhookHeaders.Signature].ToString(), body);
        if (outcome != WebhookVerificationResult.Valid)
        {
            WebhookLog.Refused(logger, name, outcome);
            await WriteProblemAsync(context, Refusal(outcome), null);
            return;
        }

        var db = (DbContext)context.RequestServices.GetRequiredService(dbContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        if (!await InboxTable.TryClaimAsync(db, InboxId(id), "webhook:" + name, "webhook", 1, time.GetUtcNow(), context.RequestAborted))
        {
            await transaction.RollbackAsync(context.RequestAborted);
            WebhookLog.DuplicateAcknowledged(logger, name, id);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            context.Response.Headers[WebhookHeaders.Duplicate] = "true";
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode is < 200 or > 299)
        {
            await transaction.RollbackAsync(context.RequestAborted);
        }
        else
        {
            try
            {
                await transaction.CommitAsync(context.RequestAborted);
            }
            catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
            {
                context.Response.Clear();
                await WriteProblemAsync(context, new Error(WebhookErrors.NotCommitted, ErrorKind.Unavailable,
                    "The delivery could not be recorded; nothing was kept. Send it again."), null, ex);
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>The inbox key of a delivery id: the id itself when it is a UUID, else a UUID derived from its SHA-256.</summary>
    internal static Guid InboxId(string deliveryId) =>
        Guid.TryParse(deliveryId, out var id) ? id : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryId)).AsSpan(0, 16));

    private static Error Refusal(WebhookVerificationResult outcome) => outcome switch
    {
        WebhookVerificationResult.MissingHeaders => Error.Validation(WebhookErrors.HeadersMissing, "headers",
            $"A webhook delivery needs the {WebhookHeaders.Id}, {WebhookHeaders.Timestamp} and {WebhookHeaders.Signature} headers."),
        WebhookVerificationResult.MalformedTimestamp => Error.Validation(WebhookErrors.TimestampInvalid, WebhookHeaders.Timestamp,
            $"{WebhookHeaders.Timestamp} must be whole seconds since the Unix epoch."),
        WebhookVerificationResult.StaleTimestamp => Error.Validation(WebhookErrors.TimestampStale, WebhookHeaders.Timestamp,
            $"{WebhookHeaders.Timestamp} is outside the accepted window; a delivery is signed again on every attempt."),
        _ => Error.Unauthorized(WebhookErrors.SignatureInvalid, "The webhook signature does not match this body and any configured secret."),
    };

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBodySize, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodySize)
        {
            return null;
        }

        request.EnableBuffering();
        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (copy.Length + read > maxBodySize)
            {
                return null;
            }

            copy.Write(chunk, 0, read);
        }

        request.Body.Position = 0;
        return copy.ToArray();
    }

    private async Task WriteProblemAsync(HttpContext context, Error error, int? status, Exception? exception = null)
    {
        var problem = ErrorProblemDetails.Create(error);
        problem.Status = status ?? problem.Status;
        context.Response.StatusCode = problem.Status!.Value;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
