using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Microsoft.Extensions.Hosting;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.GraphQL.Errors;

/// <summary>
/// Writes every GraphQL error as <c>message</c> plus <c>extensions.code</c> (and <c>extensions.errors</c> for field
/// errors, <c>extensions.traceId</c> for unexpected ones), the codes of the REST edge. An exception's text never
/// reaches the caller outside Development.
/// </summary>
internal sealed class RampartErrorInfoProvider(IHostEnvironment environment) : IErrorInfoProvider
{
    internal const string UnexpectedDetail = "An unexpected error occurred. Quote the traceId when reporting it.";
    internal const string TraceIdExtension = "traceId";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        return executionError switch
        {
            RampartExecutionError rampart => Info(rampart.Error),
            UnhandledError { InnerException: RampartExecutionError rampart } => Info(rampart.Error),
            UnhandledError { InnerException: UnexpectedResolverException unexpected } => Unexpected(unexpected.InnerException!, unexpected.TraceId),
            UnhandledError unhandled => Unexpected(unhandled.InnerException ?? unhandled, traceId: null),
            NoIntrospectionError => Info(GraphQLErrorCodes.IntrospectionDisabled, "Introspection is disabled on this service."),
            InvalidVariableError invalid => Info(GraphQLErrorCodes.InvalidVariables, invalid.Message),
            ValidationError { Code: { } code } validation when code.StartsWith("graphql.", StringComparison.Ordinal) => Info(code, validation.Message),
            // The spec's validation messages describe the document, never the service's internals.
            ValidationError validation => Info(GraphQLErrorCodes.InvalidDocument, validation.Message),
            _ => Unexpected(executionError, traceId: null),
        };
    }

    private static ErrorInfo Info(Error error)
    {
        var info = Info(error.Code, error.Detail);
        if (error.FieldErrors is { Count: > 0 } fields)
        {
            info.Extensions![ErrorProblemDetails.ErrorsExtension] = fields;
        }

        return info;
    }

    private static ErrorInfo Info(string code, string message) => new()
    {
        Message = message,
        Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { [ErrorProblemDetails.CodeExtension] = code },
    };

    private ErrorInfo Unexpected(Exception exception, string? traceId)
    {
        var info = Info(ProblemCodes.Unexpected, environment.IsDevelopment() ? exception.Message : UnexpectedDetail);
        if (traceId is not null)
        {
            info.Extensions![TraceIdExtension] = traceId;
        }

        if (environment.IsDevelopment())
        {
            info.Extensions!["exception"] = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        return info;
    }
}
