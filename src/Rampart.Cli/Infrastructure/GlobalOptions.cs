using System.CommandLine;
using System.CommandLine.Help;

namespace Rampart.Cli.Infrastructure;

/// <summary>Options every verb accepts: declared once on the root command, recursive to every subcommand.</summary>
internal static class GlobalOptions
{
    public const string NoColorName = "--no-color";

    public static void AddTo(RootCommand root, CliContext context)
    {
        root.Options.Add(new Option<bool>(NoColorName)
        {
            Description = $"Plain output without colours (also when {CliContext.NoColorVariable} is set or output is redirected).",
            Recursive = true,
        });
        var version = root.Options.OfType<VersionOption>().Single();
        version.Description = "Show the version of rampart and of the building blocks it ships.";
        version.Action = new VersionAction(context);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new RootHelpAction((HelpAction)help.Action!);
    }

    /// <summary>Applies the parsed global options to the context before the verb runs.</summary>
    public static void Apply(ParseResult parseResult, CliContext context)
    {
        if (parseResult.GetValue<bool>(NoColorName))
        {
            context.TurnOffColor();
        }
    }
}
