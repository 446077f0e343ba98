using Microsoft.Extensions.Configuration;
using Rampart.AspNetCore.Configuration;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Secrets mounted as files (Docker, Kubernetes) as configuration.</summary>
public static class SecretFilesConfigurationExtensions
{
    /// <summary>
    /// When <c>Rampart:Secrets:Directory</c> is set (for example <c>Rampart__Secrets__Directory=/run/secrets</c>),
    /// reads every file in it as one setting through the framework's key-per-file provider, after every source
    /// already added; see <see cref="SecretFilesOptions.Directory"/>. <c>AddRampartDefaults</c> calls it and validates
    /// the directory at start-up.
    /// </summary>
    public static IConfigurationBuilder AddRampartSecretFiles(this IConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var directory = configuration[$"{SecretFilesOptions.SectionName}:{nameof(SecretFilesOptions.Directory)}"];
        if (string.IsNullOrWhiteSpace(directory))
        {
            return configuration;
        }

        // Optional: a directory that does not exist is reported by the settings validation, by name, at start-up.
        return configuration.AddKeyPerFile(Path.GetFullPath(directory), optional: true);
    }
}
