using Spectre.Console;

namespace Rampart.Cli.Infrastructure;

/// <summary>
/// Everything a verb may touch outside its arguments: output, input, working directory, environment.
/// Verbs never use <see cref="Console"/> directly, so tests run them against captured writers.
/// </summary>
public sealed class CliContext
{
    /// <summary>Creates a context.</summary>
    public CliContext(TextWriter output, TextWriter error, TextReader input, string workingDirectory, bool isInteractive, bool useColor)
    {
        Out = output;
        Error = error;
        In = input;
        WorkingDirectory = workingDirectory;
        IsInteractive = isInteractive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = useColor ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = useColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isInteractive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!useColor)
        {
            Console.Profile.Width = 120;
        }
    }

    /// <summary>Standard output, as a plain writer (for JSON, SARIF and other machine output).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: diagnostics and error messages.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard input, for prompts.</summary>
    public TextReader In { get; }

    /// <summary>Rich output (tables, colours) over <see cref="Out"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>The folder relative paths are resolved against.</summary>
    public string WorkingDirectory { get; }

    /// <summary>True when a person is at a terminal: prompts are allowed.</summary>
    public bool IsInteractive { get; }

    /// <summary>The clock verbs read (dates in generated documents, "the last year" of history). Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Resolves a user-supplied path against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The context of this process: real console, colour only on a terminal and when NO_COLOR is unset.</summary>
    public static CliContext FromProcess()
    {
        var redirected = System.Console.IsOutputRedirected;
        var interactive = !System.Console.IsInputRedirected && !redirected;
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            || Environment.GetCommandLineArgs().Contains("--no-color", StringComparer.Ordinal);
        return new CliContext(System.Console.Out, System.Console.Error, System.Console.In, Environment.CurrentDirectory, interactive, !redirected && !noColor);
    }
}
