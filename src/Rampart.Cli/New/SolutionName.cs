using Rampart.Cli.Infrastructure;
using Rampart.Scaffolding;
using Spectre.Console;

namespace Rampart.Cli.New;

/// <summary>
/// The name <c>rampart new</c> generates with: the argument, or at a terminal an answer to a prompt; normalised to a C#
/// name (<c>my-shop</c> → <c>MyShop</c>, said on the console) or refused with the reason.
/// </summary>
/// <param name="Typed">What the user typed, trimmed: the default output folder (<c>./my-shop</c>).</param>
/// <param name="Name">The solution name: the root namespace and project prefix (<c>MyShop</c>).</param>
internal sealed record SolutionName(string Typed, string Name)
{
    private const string Fix = "Choose a name like 'Shop', 'OrderService' or 'order-service': words of letters and digits, starting with a letter, not a C# keyword, not System/Microsoft/Rampart.";

    public static SolutionName Resolve(CliContext context, string? argument)
    {
        if (argument is null)
        {
            if (!context.IsInteractive)
            {
                throw new CliException("The solution name is missing (argument <name>).", "Pass it: rampart new <name>, for example rampart new Shop.", ExitCodes.Usage);
            }

            argument = Ask(context.Console);
        }

        var name = ProjectName.Normalize(argument);
        if (Problem(argument, name) is { } problem)
        {
            throw new CliException(problem, Fix);
        }

        if (!string.Equals(name, argument, StringComparison.Ordinal))
        {
            context.Console.MarkupLine($"Using [bold]{Markup.Escape(name)}[/] as the solution name: '{Markup.Escape(argument)}' is not a C# name (hyphens and underscores dropped, each word capitalised).");
        }

        return new SolutionName(argument.Trim(), name);
    }

    private static string Ask(IAnsiConsole console)
    {
        var prompt = new TextPrompt<string>("Name of the new service (for example [bold]Shop[/] or [bold]order-service[/]):")
            .Validate(answer => Problem(answer, ProjectName.Normalize(answer)) is { } problem
                ? ValidationResult.Error($"[red]{Markup.Escape(problem)}[/]")
                : ValidationResult.Success());
        return console.Prompt(prompt);
    }

    private static string? Problem(string typed, string normalized) =>
        ProjectName.Problem(normalized) is not { } problem
            ? null
            : string.Equals(typed.Trim(), normalized, StringComparison.Ordinal) ? problem : $"'{typed}' becomes '{normalized}': {problem}";
}
