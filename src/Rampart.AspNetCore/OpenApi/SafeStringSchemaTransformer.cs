using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// Gives strings their <c>type</c> back. The edge reads every JSON string through its own converter (it refuses NUL
/// characters and lone surrogates), and the schema exporter describes a type with a custom converter as <c>{}</c>,
/// "any value": without this every string field, route value and response would lose its type in the document.
/// </summary>
internal sealed class SafeStringSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null && schema.Enum is not { Count: > 0 })
        {
            var nullable = context.JsonPropertyInfo is { } property && (property.IsGetNullable || property.IsSetNullable);
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }
}
