using System.CommandLine;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Advise;

/// <summary>The <c>rampart advise</c> verb.</summary>
internal static class AdviseCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("advise", "Recommend an architecture pattern from a short questionnaire and record the decision as an ADR.");
        command.SetAction(int (_) => throw new CliException("'rampart advise' is coming soon.", "Follow the project's issues for its progress.", ExitCodes.Environment));
        return command;
    }
}
