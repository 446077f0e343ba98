using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Binds options from configuration and validates them before the server listens.</summary>
public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> from the configuration section <paramref name="sectionPath"/> (for
    /// example <c>Catalog</c> or <c>Rampart:RateLimiting</c>), validates its DataAnnotations (nested objects and
    /// dictionary values too) and does so at start-up: a missing or invalid setting stops the host before it listens,
    /// with one line per failure naming the key, such as
    /// <c>Setting 'Catalog:ConnectionString' is missing or invalid: expected a PostgreSQL connection string.</c>
    /// Put the expectation in each attribute's <c>ErrorMessage</c>.
    /// </summary>
    public static OptionsBuilder<TOptions> AddRampartOptions<TOptions>(this IServiceCollection services, string sectionPath)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionPath);
        var builder = services.AddOptions<TOptions>().BindConfiguration(sectionPath);
        services.AddSingleton<IValidateOptions<TOptions>>(new SettingsValidator<TOptions>(builder.Name, sectionPath));
        return builder.ValidateOnStart();
    }
}
