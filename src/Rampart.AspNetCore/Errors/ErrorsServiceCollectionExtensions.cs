using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Hosting;
using Rampart.AspNetCore.Errors;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Rampart's problem details on the framework's <see cref="IProblemDetailsService"/>.</summary>
public static class ErrorsServiceCollectionExtensions
{
    /// <summary>The only detail a 500 problem carries outside Development.</summary>
    internal const string UnexpectedDetail = "An unexpected error occurred. Quote the traceId when reporting it.";

    /// <summary>
    /// Adds RFC 9457 problem details for every error path: exceptions an <see cref="IExceptionClassifier"/> recognises
    /// mapped by kind, the framework's bad-request exceptions (malformed JSON, wrong media type, oversize body) with field errors,
    /// any other exception as a 500 without detail outside Development, and <c>instance</c>, <c>code</c> and
    /// <c>traceId</c> on every problem. Pair with <c>app.UseRampartProblemDetails()</c>.
    /// </summary>
    public static IServiceCollection AddRampartProblemDetails(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var httpContext = context.HttpContext;
            problem.Instance ??= httpContext.Request.Path;
            problem.Status ??= httpContext.Response.StatusCode;
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToHexString() ?? httpContext.TraceIdentifier;
            if (!problem.Extensions.ContainsKey(ErrorProblemDetails.CodeExtension))
            {
                problem.Extensions[ErrorProblemDetails.CodeExtension] = problem is HttpValidationProblemDetails
                    ? ProblemCodes.ValidationFailed
                    : ProblemCodes.ForStatus(problem.Status.Value);
            }

            if (problem is HttpValidationProblemDetails && problem.Detail is null)
            {
                problem.Detail = "One or more fields are invalid; see errors.";
            }

            if (problem.Extensions.TryGetValue(ErrorProblemDetails.RetryAfterExtension, out var retryAfter) && retryAfter is long seconds)
            {
                httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            problem.Type ??= DefaultType(problem.Status.Value);
            problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
            problem.Detail ??= DefaultDetail(problem.Status.Value);
            if (problem.Status == StatusCodes.Status500InternalServerError
                && !httpContext.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment())
            {
                problem.Detail = UnexpectedDetail;
            }
        });
        services.AddExceptionHandler<ClassifiedExceptionHandler>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        return services;
    }

    // The framework knows the RFC 9110 statuses; these come from other RFCs.
    internal static string DefaultType(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        StatusCodes.Status428PreconditionRequired => "https://tools.ietf.org/html/rfc6585#section-3",
        StatusCodes.Status429TooManyRequests => "https://tools.ietf.org/html/rfc6585#section-4",
        _ => "about:blank",
    };

    internal static string? DefaultDetail(int status) => status switch
    {
        StatusCodes.Status404NotFound => "No resource exists at this address.",
        StatusCodes.Status405MethodNotAllowed => "This resource does not support the request's method.",
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than this endpoint accepts.",
        StatusCodes.Status415UnsupportedMediaType => "The request body's media type is not accepted; send application/json.",
        StatusCodes.Status401Unauthorized => "Authentication is required.",
        StatusCodes.Status403Forbidden => "You may not do this.",
        _ => null,
    };
}
