using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// Gives every request body, response body and parameter that has no example one made from its schema
/// (<see cref="SchemaExample"/>), and every problem response a problem-details example with its status and code
/// (<see cref="ProblemExample"/>; a 400 shows the validation problem, the one a client meets most). Runs last, so what an endpoint or another transformer set is kept.
/// </summary>
internal sealed class ExampleTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (path, item) in document.Paths)
        {
            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    if (parameter.Example is null && parameter.Examples is not { Count: > 0 })
                    {
                        parameter.Example = SchemaExample.Of(parameter.Schema, document, parameter.Name);
                    }
                }

                foreach (var media in operation.RequestBody?.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>())
                {
                    Fill(media, () => SchemaExample.Of(media.Schema, document));
                }

                foreach (var (status, response) in operation.Responses ?? [])
                {
                    foreach (var (type, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
                    {
                        Fill(media, () => type == ProblemResponses.MediaType && int.TryParse(status, out var code)
                            ? ProblemExample.For(code, null, path, validation: code == 400)
                            : SchemaExample.Of(media.Schema, document));
                    }
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void Fill(OpenApiMediaType media, Func<System.Text.Json.Nodes.JsonNode?> example)
    {
        if (media.Example is null && media.Examples is not { Count: > 0 })
        {
            media.Example = example();
        }
    }
}
