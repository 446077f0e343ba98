using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Configuration;

/// <summary>Runs a host so that a configuration failure ends the process with one readable line, not a stack trace.</summary>
public static partial class StartupFailure
{
    /// <summary>The exit code for invalid configuration (EX_CONFIG).</summary>
    public const int ConfigurationExitCode = 78;

    /// <summary>
    /// Runs <paramref name="app"/> until shutdown. If a setting fails its validation, or holds a value the configuration
    /// binder cannot convert to the setting's type, writes one line per failure to <paramref name="error"/> (standard
    /// error by default), naming the setting but never echoing its value (it may be a secret), and returns
    /// <see cref="ConfigurationExitCode"/>; otherwise returns 0. Any other failure propagates as it is.
    /// </summary>
    /// <example><c>return await StartupFailure.RunAsync(app);</c> as the last line of <c>Program.cs</c>.</example>
    public static async Task<int> RunAsync(WebApplication app, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception exception) when (Failures(exception) is { Count: > 0 } failures)
        {
            var writer = error ?? Console.Error;
            foreach (var failure in failures)
            {
                await writer.WriteLineAsync(failure);
            }

            return ConfigurationExitCode;
        }
    }

    private static List<string> Failures(Exception exception) => exception switch
    {
        OptionsValidationException options => [.. options.Failures],
        AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(Failures)],
        InvalidOperationException when BinderFailure().Match(exception.Message) is { Success: true } binding =>
            [SettingsValidator<object>.Describe(binding.Groups["key"].Value, Expected(binding.Groups["type"].Value))],
        _ => [],
    };

    private static string Expected(string type) => type switch
    {
        "System.Int16" or "System.Int32" or "System.Int64" or "System.UInt16" or "System.UInt32" or "System.UInt64" or "System.Byte" => "a whole number",
        "System.Single" or "System.Double" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        "System.TimeSpan" => "a duration such as 00:00:30",
        "System.Uri" => "a URI",
        "System.Guid" => "a UUID",
        _ when type.StartsWith("System.Nullable`1[[", StringComparison.Ordinal) => Expected(type[18..type.IndexOf(',', StringComparison.Ordinal)]),
        _ => $"a value of type {type}",
    };

    // The configuration binder's own message, whose value part is left out: "Failed to convert configuration value
    // '…' at 'Section:Key' to type 'System.Int32'."
    [GeneratedRegex(@"^Failed to convert configuration value .* at '(?<key>[^']+)' to type '(?<type>[^']+)'\.$", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 100)]
    private static partial Regex BinderFailure();
}
