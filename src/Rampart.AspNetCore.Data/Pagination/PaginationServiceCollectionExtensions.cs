using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Mvc;
using Rampart.AspNetCore.Data.OpenApi;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Errors;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers cursor pagination.</summary>
public static class PaginationServiceCollectionExtensions
{
    /// <summary>Adds cursor pagination: options (validated at start-up) and the cursor signer used by <see cref="PageRequest"/>.</summary>
    public static IServiceCollection AddRampartCursorPagination(this IServiceCollection services, Action<CursorPaginationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CursorPaginationOptions>()
            .BindConfiguration("Rampart:Pagination")
            .Configure(configure ?? (_ => { }))
            .Validate(o => o.MaxLimit >= 1 && o.DefaultLimit >= 1 && o.DefaultLimit <= o.MaxLimit,
                "Rampart:Pagination: DefaultLimit must be from 1 to MaxLimit, and MaxLimit at least 1.")
            .Validate(o => o.MaxCursorLength >= 64, "Rampart:Pagination:MaxCursorLength must be at least 64.")
            .Validate(o => string.IsNullOrEmpty(o.SigningKey) || IsKey(o.SigningKey),
                "Rampart:Pagination:SigningKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        services.AddDataProtection();
        services.TryAddSingleton<CursorProtector>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionClassifier, DataExceptionClassifier>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<MvcOptions>, DataMvcOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<OpenApiOptions>, DataOpenApiOptionsSetup>());
        return services;
    }

    private static bool IsKey(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written >= 32;
    }
}
