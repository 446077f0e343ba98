using System.CommandLine;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Audit;

/// <summary>The <c>rampart audit</c> verb.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("audit", "Audit a C# backend against Rampart's production rules.");
        command.SetAction(int (_) => throw new CliException("'rampart audit' is coming soon.", "Follow the project's issues for its progress.", ExitCodes.Environment));
        return command;
    }
}
