using Rampart.Scaffolding.Templates;
using Spectre.Console;

namespace Rampart.Cli.Infrastructure;

/// <summary>
/// Everything a verb may touch outside its arguments: output, input, working directory, environment.
/// Verbs never use <see cref="Console"/> directly, so tests run them against captured writers.
/// </summary>
public sealed class CliContext
{
    /// <summary>The environment variable that turns colour off when set to anything non-empty.</summary>
    public const string NoColorVariable = "NO_COLOR";

    private IAnsiConsole? _console;
    private bool _consoleGiven;

    /// <summary>Creates a context.</summary>
    public CliContext(TextWriter output, TextWriter error, TextReader input, string workingDirectory, bool isInteractive, bool useColor)
    {
        Out = output;
        Error = error;
        In = input;
        WorkingDirectory = workingDirectory;
        IsInteractive = isInteractive;
        UseColor = useColor;
    }

    /// <summary>Standard output, as a plain writer (for JSON, SARIF and other machine output).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: diagnostics and error messages.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard input, for prompts.</summary>
    public TextReader In { get; }

    /// <summary>Rich output (tables, colours) over <see cref="Out"/>; tests may give their own (a scripted console).</summary>
    public IAnsiConsole Console
    {
        get => _console ??= CreateConsole();
        init
        {
            _console = value;
            _consoleGiven = true;
        }
    }

    /// <summary>Whether output may carry colours and other terminal codes (off with <c>--no-color</c>, <c>NO_COLOR</c> or redirection).</summary>
    public bool UseColor { get; private set; }

    /// <summary>The folder relative paths are resolved against.</summary>
    public string WorkingDirectory { get; }

    /// <summary>True when a person is at a terminal: prompts are allowed.</summary>
    public bool IsInteractive { get; }

    /// <summary>The clock verbs read (dates in generated documents, "the last year" of history). Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The pattern templates and building-block packages <c>rampart new</c> generates from. Defaults to the ones shipped with the tool.</summary>
    public TemplateCatalog Templates { get; init; } = TemplateCatalog.Installed;

    /// <summary>Resolves a user-supplied path against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>
    /// The context of this process: real console, colour only on a terminal and when <c>NO_COLOR</c> is unset or empty
    /// (https://no-color.org); <c>--no-color</c> turns it off after parsing (<see cref="TurnOffColor"/>).
    /// </summary>
    public static CliContext FromProcess()
    {
        var redirected = System.Console.IsOutputRedirected;
        var interactive = !System.Console.IsInputRedirected && !redirected;
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(NoColorVariable));
        return new CliContext(System.Console.Out, System.Console.Error, System.Console.In, Environment.CurrentDirectory, interactive, !redirected && !noColor);
    }

    /// <summary>Turns colour off for everything written from now on (the root <c>--no-color</c> option).</summary>
    internal void TurnOffColor()
    {
        UseColor = false;
        if (!_consoleGiven)
        {
            _console = null;
        }
    }

    private IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = UseColor ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = UseColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsInteractive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!UseColor)
        {
            console.Profile.Width = 120;
        }

        return console;
    }
}
