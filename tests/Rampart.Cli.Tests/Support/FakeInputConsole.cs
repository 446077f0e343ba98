using Spectre.Console;
using Spectre.Console.Rendering;

namespace Rampart.Cli.Tests.Support;

/// <summary>An interactive Spectre console that writes to a StringWriter and reads typed lines from a script.</summary>
internal sealed class FakeInputConsole : IAnsiConsole
{
    private readonly IAnsiConsole _inner;
    private readonly ScriptedInput _input;

    public FakeInputConsole(StringWriter output, params string[] lines)
    {
        _inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        _inner.Profile.Width = 120;
        _input = new ScriptedInput(lines);
    }

    public Profile Profile => _inner.Profile;

    public IAnsiConsoleCursor Cursor => _inner.Cursor;

    public IAnsiConsoleInput Input => _input;

    public IExclusivityMode ExclusivityMode => _inner.ExclusivityMode;

    public RenderPipeline Pipeline => _inner.Pipeline;

    public void Clear(bool home) => _inner.Clear(home);

    public void Write(IRenderable renderable) => _inner.Write(renderable);

    private sealed class ScriptedInput(string[] lines) : IAnsiConsoleInput
    {
        private readonly Queue<ConsoleKeyInfo> _keys = new(lines.SelectMany(line =>
            line.Select(c => new ConsoleKeyInfo(c, ConsoleKey.NoName, false, false, false))
                .Append(new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false))));

        public bool IsKeyAvailable() => _keys.Count > 0;

        public ConsoleKeyInfo? ReadKey(bool intercept) =>
            _keys.Count > 0 ? _keys.Dequeue() : throw new InvalidOperationException("The prompt asked for more input than the test scripted.");

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
    }
}
