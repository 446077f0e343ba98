using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Configuration;

/// <summary>Runs a host so that a configuration failure ends the process with one readable line, not a stack trace.</summary>
public static class StartupFailure
{
    /// <summary>The exit code for invalid configuration (EX_CONFIG).</summary>
    public const int ConfigurationExitCode = 78;

    /// <summary>
    /// Runs <paramref name="app"/> until shutdown. If options validation fails at start-up, writes each failure as one
    /// line to <paramref name="error"/> (standard error by default) and returns <see cref="ConfigurationExitCode"/>;
    /// otherwise returns 0.
    /// </summary>
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
        _ => [],
    };
}
