using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Rampart.AspNetCore.Logging;

/// <summary>Reads the <c>Rampart:Logging:Format</c> setting (<see cref="ConsoleLogFormat"/>).</summary>
public static class ConsoleLogFormats
{
    /// <summary>The setting that chooses the console's format.</summary>
    public const string Setting = "Rampart:Logging:Format";

    /// <summary>The console format <paramref name="configuration"/> asks for; <see cref="ConsoleLogFormat.Auto"/> when unset.</summary>
    public static ConsoleLogFormat FormatOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Setting];
        return string.IsNullOrWhiteSpace(value) ? ConsoleLogFormat.Auto
            : Enum.TryParse<ConsoleLogFormat>(value, ignoreCase: true, out var format) && Enum.IsDefined(format) ? format
            : throw new InvalidOperationException($"{Setting} is '{value}'; use Auto (readable in Development, JSON elsewhere), Json or Text.");
    }

    /// <summary>Whether <c>AddRampartConsole</c> writes readable lines for this environment and configuration.</summary>
    public static bool WritesReadableLines(IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return FormatOf(configuration) switch
        {
            ConsoleLogFormat.Text => true,
            ConsoleLogFormat.Auto => environment.IsDevelopment(),
            _ => false,
        };
    }
}
