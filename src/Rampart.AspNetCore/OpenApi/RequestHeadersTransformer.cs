using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// Lists the request headers the building blocks check (<see cref="IRequestHeaderMetadata"/>: <c>Idempotency-Key</c>,
/// <c>If-Match</c>) as header parameters of the operation, required or not, with an example, and the problem responses
/// their checks give, each with an example carrying its stable code.
/// </summary>
internal sealed class RequestHeadersTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var headers = context.Description.ActionDescriptor.EndpointMetadata.OfType<IRequestHeaderMetadata>()
            .DistinctBy(h => h.HeaderName, StringComparer.OrdinalIgnoreCase).ToList();
        if (headers.Count == 0)
        {
            return;
        }

        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        operation.Parameters ??= [];
        operation.Responses ??= [];
        foreach (var header in headers)
        {
            if (!operation.Parameters.Any(p => p.In == ParameterLocation.Header && string.Equals(p.Name, header.HeaderName, StringComparison.OrdinalIgnoreCase)))
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = header.HeaderName,
                    In = ParameterLocation.Header,
                    Required = header.IsRequired,
                    Description = header.Description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = header.Example,
                });
            }

            foreach (var (status, code) in header.Problems)
            {
                var key = status.ToString(CultureInfo.InvariantCulture);
                var example = ProblemExample.For(status, code, context.Description.RelativePath);
                // A 400 the endpoint declares is first of all its validation problem: its example stays that one.
                if (ProblemResponses.Add(operation.Responses, status, ReasonPhrases.GetReasonPhrase(status), problem, example) is null
                    && status != StatusCodes.Status400BadRequest
                    && operation.Responses[key].Content?.TryGetValue(ProblemResponses.MediaType, out var declared) == true
                    && declared.Example is null)
                {
                    declared.Example = example;
                }
            }

            OperationText.AppendLine(operation, header.HeaderName, $"{(header.IsRequired ? "required" : "optional")}. {header.Description}");
        }
    }
}
