using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>Marks an operation <c>deprecated</c> in the document of a version its endpoint declares deprecated.</summary>
internal sealed class DeprecatedVersionTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ApiVersion is not null && context.Description.IsDeprecated)
        {
            operation.Deprecated = true;
        }

        return Task.CompletedTask;
    }
}
