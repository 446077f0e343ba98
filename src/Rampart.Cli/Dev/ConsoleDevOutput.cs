using Rampart.Cli.Infrastructure;
using Rampart.LocalServers;
using Spectre.Console;

namespace Rampart.Cli.Dev;

/// <summary>Writes the orchestrator's progress and the service's logs to the injected console; safe from several threads.</summary>
internal sealed class ConsoleDevOutput(CliContext context, string verb = "rampart dev") : IServerOutput
{
    private readonly Lock _gate = new();

    public void Info(string message)
    {
        lock (_gate)
        {
            context.Console.MarkupLine($"[blue]{Markup.Escape(verb)}[/] {Markup.Escape(message)}");
        }
    }

    public void Log(string source, string line)
    {
        lock (_gate)
        {
            // Log lines go out as written: no markup, no wrapping.
            context.Out.WriteLine($"{source} | {line}");
        }
    }
}
