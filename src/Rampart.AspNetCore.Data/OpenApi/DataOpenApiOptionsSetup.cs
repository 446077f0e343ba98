using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Data.OpenApi;

/// <summary>Adds <see cref="DataParametersTransformer"/> to every OpenAPI document the service registers.</summary>
internal sealed class DataOpenApiOptionsSetup : IConfigureNamedOptions<OpenApiOptions>
{
    public void Configure(string? name, OpenApiOptions options) => options.AddOperationTransformer<DataParametersTransformer>();

    public void Configure(OpenApiOptions options) => Configure(Options.DefaultName, options);
}
