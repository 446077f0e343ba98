using System.CommandLine;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.New;

/// <summary>The <c>rampart new</c> verb.</summary>
internal static class NewCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("new", "Generate a new ASP.NET Core service in a chosen pattern.");
        command.SetAction(int (_) => throw new CliException("'rampart new' is coming soon.", "Follow the project's issues for its progress.", ExitCodes.Environment));
        return command;
    }
}
