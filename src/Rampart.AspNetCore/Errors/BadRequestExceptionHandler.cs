using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// Renders the framework's <see cref="BadHttpRequestException"/> (malformed JSON, wrong types, unknown or missing
/// members, wrong media type, oversize body) as a problem with the status the framework chose, and field errors
/// where the JSON reader names the field. Never echoes the reader's message outside Development: it names .NET types.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(
    IProblemDetailsService problemDetails,
    IWebHostEnvironment environment,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions,
    ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var status = badRequest.StatusCode;
        LogBadRequest(logger, status, httpContext.Request.Method, httpContext.Request.Path);
        ProblemDetails problem;
        if (FindJsonException(badRequest) is { } json)
        {
            var (field, message) = JsonErrorTranslator.Translate(json, RequestType(httpContext), jsonOptions.Value.SerializerOptions);
            problem = new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] })
            {
                Detail = "The request body is not valid JSON for this endpoint.",
            };
            problem.Extensions[ErrorProblemDetails.CodeExtension] = ProblemCodes.ValidationFailed;
        }
        else if (status == StatusCodes.Status400BadRequest && ParameterErrorTranslator.Translate(badRequest.Message) is var (parameter, text))
        {
            problem = new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [parameter] = [text] })
            {
                Detail = "A route, query or header value is not valid for this endpoint.",
            };
            problem.Extensions[ErrorProblemDetails.CodeExtension] = ProblemCodes.ValidationFailed;
        }
        else
        {
            problem = new ProblemDetails { Detail = SafeDetail(status) };
        }

        problem.Status = status;
        if (environment.IsDevelopment())
        {
            problem.Extensions["exception"] = badRequest.InnerException?.Message ?? badRequest.Message;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    // The body type the failed endpoint reads; the exception handler clears the endpoint, its feature keeps it.
    private static Type? RequestType(HttpContext context) =>
        (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint())
            ?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    private static string SafeDetail(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than this endpoint accepts.",
        StatusCodes.Status415UnsupportedMediaType => "The request body's media type is not accepted; send application/json.",
        _ => "The request could not be read.",
    };

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Rejected a bad request with {StatusCode}: {Method} {Path}")]
    private static partial void LogBadRequest(ILogger logger, int statusCode, string method, PathString path);
}
