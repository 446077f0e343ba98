using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// Adds the problem responses every operation can produce at the edge (400 validation, 429, 500; 413 and 415 when
/// it reads a body) to the OpenAPI document, as <c>application/problem+json</c> with the problem schema.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiDocumentTransformer
{
    private const string ProblemMediaType = "application/problem+json";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        var validation = await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), null, cancellationToken);
        foreach (var path in document.Paths.Values)
        {
            foreach (var operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                operation.Responses ??= [];
                Add(operation.Responses, StatusCodes.Status400BadRequest, "The request is malformed or breaks a validation rule.", validation);
                Add(operation.Responses, StatusCodes.Status429TooManyRequests, "Too many requests; see Retry-After.", problem);
                Add(operation.Responses, StatusCodes.Status500InternalServerError, "An unexpected error occurred.", problem);
                if (operation.RequestBody is not null)
                {
                    Add(operation.Responses, StatusCodes.Status413PayloadTooLarge, "The request body is too large.", problem);
                    Add(operation.Responses, StatusCodes.Status415UnsupportedMediaType, "The request body's media type is not accepted.", problem);
                }
            }
        }
    }

    private static void Add(OpenApiResponses responses, int status, string description, IOpenApiSchema schema)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (responses.ContainsKey(key))
        {
            return;
        }

        responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [ProblemMediaType] = new() { Schema = schema },
            },
        };
    }
}
