using System.CommandLine;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Dev;

/// <summary>The <c>rampart dev</c> verb.</summary>
internal static class DevCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("dev", "Run a generated service locally with its database and broker.");
        command.SetAction(int (_) => throw new CliException("'rampart dev' is coming soon.", "Follow the project's issues for its progress.", ExitCodes.Environment));
        return command;
    }
}
