using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace Rampart.AspNetCore.Logging;

/// <summary>
/// The framework categories that write a line per SQL command, migration step or request at Information: at Warning
/// under readable logs, so a person sees the service's own lines, and still every warning and error. They are added
/// as the FIRST configuration source, so appsettings.json, appsettings.Development.json and environment variables
/// still override each of them.
/// </summary>
internal static class ReadableLogLevels
{
    private static readonly Dictionary<string, string?> Defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    public static void AddAsDefaults(IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
}
