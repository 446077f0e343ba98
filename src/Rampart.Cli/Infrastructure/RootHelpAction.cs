using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Rampart.Cli.Infrastructure;

/// <summary>
/// <c>rampart --help</c> lists each verb with the first line of its description, so the examples stay on the verb's own
/// <c>--help</c> (written by the framework's help) instead of filling the overview.
/// </summary>
internal sealed class RootHelpAction(HelpAction framework) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command is not RootCommand root)
        {
            return framework.Invoke(parseResult);
        }

        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Description:");
        output.WriteLine($"  {root.Description}");
        output.WriteLine();
        output.WriteLine("Usage:");
        output.WriteLine($"  {root.Name} [command] [options]");
        output.WriteLine();
        WriteRows(output, "Options:", root.Options.Where(option => !option.Hidden).Select(option => (Label(option), option.Description)));
        WriteRows(output, "Commands:", root.Subcommands.Where(verb => !verb.Hidden).Select(verb => (verb.Name, verb.Description)));
        output.WriteLine($"Run '{root.Name} <command> --help' for a command's options and examples.");
        return ExitCodes.Success;
    }

    private static string Label(Option option) =>
        string.Join(", ", option.Aliases.Where(alias => alias.StartsWith('-')).Order(StringComparer.Ordinal).Append(option.Name));

    private static void WriteRows(TextWriter output, string title, IEnumerable<(string Label, string? Description)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(row => row.Label.Length) + 2;
        output.WriteLine(title);
        foreach (var (label, description) in list)
        {
            output.WriteLine($"  {label.PadRight(width)}{description?.Split('\n', 2)[0].Trim()}");
        }

        output.WriteLine();
    }
}
