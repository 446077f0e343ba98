using System.Diagnostics;
using System.Text;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.GraphQL.Diagnostics;
using Rampart.AspNetCore.GraphQL.Errors;
using Rampart.AspNetCore.GraphQL.Limits;

namespace Rampart.AspNetCore.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP for <typeparamref name="TSchema"/>: reads the request, applies the size limit, parses, refuses a
/// mutation on GET, executes under an operation span and answers with the spec's media type and status codes.
/// </summary>
internal sealed class GraphQLEndpoint<TSchema>(
    TSchema schema,
    IDocumentExecuter<TSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<RampartGraphQLOptions> options,
    IntrospectionGate introspection,
    IEnumerable<IExceptionClassifier> classifiers,
    IProblemDetailsService problems,
    ILogger<GraphQLEndpoint<TSchema>> logger)
    where TSchema : ISchema
{
    private readonly IExceptionClassifier[] _classifiers = [.. classifiers];
    private readonly Lazy<string> _sdl = new(() =>
    {
        schema.Initialize();
        return schema.Print();
    });

    public async Task ServeAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await ProblemAsync(http, StatusCodes.Status406NotAcceptable, "Accept application/graphql-response+json or application/json.");
            return;
        }

        if (HttpMethods.IsPost(http.Request.Method) && !GraphQLMediaTypes.IsJsonBody(http.Request))
        {
            await ProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, "Send the GraphQL request as application/json.");
            return;
        }

        var (request, invalid) = await GraphQLRequestReader.ReadAsync(http.Request, serializer);
        if (invalid is not null)
        {
            // A body that is not a GraphQL request at all is a 400 whatever the media type.
            await RefuseAsync(http, mediaType, StatusCodes.Status400BadRequest, invalid);
            return;
        }

        var query = request!.Query!;
        var limits = options.Value;
        if (Encoding.UTF8.GetByteCount(query) > limits.MaxQueryBytes)
        {
            await RefuseAsync(http, mediaType, RequestErrorStatus(mediaType), Refusal(
                GraphQLErrorCodes.QueryTooLarge, $"The query is longer than the {limits.MaxQueryBytes} bytes this service accepts."));
            return;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException syntax)
        {
            await RefuseAsync(http, mediaType, RequestErrorStatus(mediaType), Refusal(GraphQLErrorCodes.SyntaxError, syntax.Message));
            return;
        }

        if (SelectOperation(document, request.OperationName) is not { } operation)
        {
            await RefuseAsync(http, mediaType, RequestErrorStatus(mediaType), Refusal(
                GraphQLErrorCodes.OperationNotFound,
                request.OperationName is null
                    ? "The document has several operations; name the one to run in operationName."
                    : $"The document has no operation named '{request.OperationName}'."));
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method) && operation.Operation != OperationType.Query)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await RefuseAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, Refusal(
                ProblemCodes.MethodNotAllowed, "Only queries may be sent with GET; send mutations with POST."));
            return;
        }

        var operationName = operation.Name?.StringValue;
        using var activity = GraphQLDiagnostics.StartOperation(operation.Operation, operationName);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = new GraphQLUserContext(http),
            CancellationToken = http.RequestAborted,
            UnhandledExceptionDelegate = failure => OnUnhandled(failure, http, operationName),
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            activity?.SetTag("graphql.errors", errors.Count);
            if (!result.Executed)
            {
                activity?.SetStatus(ActivityStatusCode.Error, "request error");
            }
        }

        await WriteAsync(http, mediaType, result.Executed ? StatusCodes.Status200OK : RequestErrorStatus(mediaType), result);
    }

    public async Task ServeSchemaAsync(HttpContext http)
    {
        if (!introspection.Allowed)
        {
            await ProblemAsync(http, StatusCodes.Status404NotFound, "The schema is not published here: introspection is off (Rampart:GraphQL:Introspection).");
            return;
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(_sdl.Value, http.RequestAborted);
    }

    // application/graphql-response+json tells a request error (400) from field errors (200); plain JSON answers 200.
    private static int RequestErrorStatus(string mediaType) =>
        mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static RampartExecutionError Refusal(string code, string detail) => new(new Error(code, ErrorKind.Validation, detail));

    private Task OnUnhandled(UnhandledExceptionContext failure, HttpContext http, string? operationName)
    {
        var exception = failure.OriginalException;
        foreach (var classifier in _classifiers)
        {
            if (classifier.Classify(exception, http) is { } error)
            {
                failure.Exception = new RampartExecutionError(error);
                return Task.CompletedTask;
            }
        }

        var path = failure.FieldContext is { } field ? string.Join('.', field.Path) : "(document)";
        GraphQLLog.ResolverFailed(logger, exception, path, operationName ?? "(anonymous)");
        failure.Exception = new UnexpectedResolverException(Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier, exception);
        return Task.CompletedTask;
    }

    private Task RefuseAsync(HttpContext http, string mediaType, int status, RampartExecutionError error)
    {
        GraphQLLog.RequestRefused(logger, error.Error.Code);
        return WriteAsync(http, mediaType, status, new ExecutionResult { Errors = [error] });
    }

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task ProblemAsync(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Detail = detail };
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }))
        {
            // The client accepts no JSON at all (406): the problem is still the honest answer.
            problem.Extensions[ErrorProblemDetails.CodeExtension] = ProblemCodes.ForStatus(status);
            await http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", http.RequestAborted);
        }
    }
}
