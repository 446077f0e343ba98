using Rampart.AspNetCore.RequestId;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Names the module that owns endpoints, for logs.</summary>
public static class ModuleEndpointConventionBuilderExtensions
{
    /// <summary>Marks the endpoints (typically a module's route group) as owned by module <paramref name="name"/>.</summary>
    public static TBuilder WithModule<TBuilder>(this TBuilder builder, string name)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.WithMetadata(new ModuleMetadata(name));
    }
}
