using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// Adds the problem responses every operation can produce at the edge (400 validation, 429, 500; 413 and 415 when
/// it reads a body) to the OpenAPI document, as <c>application/problem+json</c> with the problem schema, and documents
/// the <c>Retry-After</c> header of every 429.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        var validation = await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), null, cancellationToken);
        foreach (var path in document.Paths.Values)
        {
            foreach (var operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                operation.Responses ??= [];
                ProblemResponses.Add(operation.Responses, StatusCodes.Status400BadRequest, "The request is malformed or breaks a validation rule.", validation);
                ProblemResponses.Add(operation.Responses, StatusCodes.Status429TooManyRequests, "Too many requests; see Retry-After.", problem);
                ProblemResponses.Add(operation.Responses, StatusCodes.Status500InternalServerError, "An unexpected error occurred.", problem);
                if (operation.RequestBody is not null)
                {
                    ProblemResponses.Add(operation.Responses, StatusCodes.Status413PayloadTooLarge, "The request body is too large.", problem);
                    ProblemResponses.Add(operation.Responses, StatusCodes.Status415UnsupportedMediaType, "The request body's media type is not accepted.", problem);
                }

                if (operation.Responses.TryGetValue("429", out var tooMany) && tooMany is OpenApiResponse limited)
                {
                    limited.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
                    limited.Headers.TryAdd("Retry-After", new OpenApiHeader
                    {
                        Description = "Whole seconds to wait before the next request is admitted.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                        Example = 12,
                    });
                }
            }
        }
    }
}
