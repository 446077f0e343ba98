using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Cors;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CORS from configuration.</summary>
public static class RampartCorsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RampartCorsOptions"/> from <c>Rampart:Cors</c> and makes the framework's default CORS policy
    /// allow exactly those origins (any method and header, exposing <c>X-Request-Id</c>, <c>ETag</c>, <c>Location</c>
    /// and <c>Retry-After</c>). Pair with <c>app.UseCors()</c>.
    /// </summary>
    public static IServiceCollection AddRampartCors(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RampartCorsOptions>().BindConfiguration(RampartCorsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RampartCorsOptions>, CorsOriginsValidator>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<RampartCorsOptions>>((cors, rampart) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. rampart.Value.AllowedOrigins])
                .AllowAnyMethod()
                .AllowAnyHeader()
                .WithExposedHeaders("X-Request-Id", "ETag", "Location", "Retry-After", "Idempotent-Replayed")));
        return services;
    }
}
