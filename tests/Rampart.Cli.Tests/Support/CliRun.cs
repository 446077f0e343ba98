using Microsoft.Extensions.Time.Testing;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Tests.Support;

/// <summary>Runs <c>rampart</c> in-process over captured writers, non-interactive, no colour, a fixed clock.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static async Task<CliRun> RunAsync(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, TextReader.Null, workingDirectory, isInteractive: false, useColor: false)
        {
            Time = new FakeTimeProvider(Now),
        };
        var code = await RampartCli.RunAsync(args, context);
        return new CliRun(code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
