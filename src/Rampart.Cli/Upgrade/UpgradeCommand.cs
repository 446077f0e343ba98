using System.CommandLine;
using Rampart.Cli.Dev;
using Rampart.Cli.Infrastructure;
using Rampart.LocalServers;
using Rampart.Scaffolding;
using Rampart.Scaffolding.Upgrade;
using Spectre.Console;

namespace Rampart.Cli.Upgrade;

/// <summary>The <c>rampart upgrade</c> verb: moves a generated solution to the building blocks this tool ships.</summary>
internal static class UpgradeCommand
{
    private const string Description = """
        Move a generated solution to the building blocks shipped with this rampart, then restore and build it.

        Moves the RampartVersion pin, the packages in packages/ and the template's other package pins. Prints old -> new versions and the changes between them. Refuses when the solution has uncommitted changes, unless --force.

        Examples:
          rampart upgrade                 the solution in the current folder
          rampart upgrade ./Shop --dry-run  show the diff and the changes; write nothing
          rampart upgrade --force         upgrade although git reports uncommitted changes (or no git at all)
        """;

    public static Command Create(CliContext context) => Create(context, () => SolutionUpgrader.Installed);

    /// <summary>Creates the verb over an upgrader (tests give one over an older or newer feed).</summary>
    public static Command Create(CliContext context, Func<SolutionUpgrader> upgrader)
    {
        var path = new Argument<string>("path") { Description = "The solution folder (or a folder inside it). Defaults to the current folder.", DefaultValueFactory = _ => "." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change (a diff) and the changes between the versions; write nothing." };
        var force = new Option<bool>("--force") { Description = "Upgrade even when git reports uncommitted changes, or the solution is not in a git repository." };
        var command = new Command("upgrade", Description) { path, dryRun, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var plan = upgrader().Plan(context.ResolvePath(parse.GetValue(path)!));
                return await RunAsync(context, plan, parse.GetValue(dryRun), parse.GetValue(force), cancellationToken);
            }
            catch (ScaffoldingException ex)
            {
                throw new CliException(ex.Message, ex.Fix, ex.Kind == ScaffoldingErrorKind.Environment ? ExitCodes.Environment : ExitCodes.InvalidInput);
            }
            catch (LocalServerException ex)
            {
                throw new CliException(ex.Message, ex.Fix, ExitCodes.Environment);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, UpgradePlan plan, bool dryRun, bool force, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var where = Path.GetRelativePath(context.WorkingDirectory, plan.SolutionDirectory);
        if (plan.IsUpToDate)
        {
            console.MarkupLine($"[green]{Markup.Escape(where)} is up to date[/]: building blocks {Markup.Escape(plan.To)}, the version this rampart ships.");
            return ExitCodes.Success;
        }

        if (!dryRun && !force)
        {
            var changed = await GitWorkingTree.UncommittedChangesAsync(plan.SolutionDirectory, cancellationToken);
            if (changed is null or { Count: > 0 })
            {
                throw new CliException(
                    changed is null
                        ? $"'{where}' is not in a git repository: an upgrade could not be told apart from your own changes, nor undone."
                        : $"'{where}' has uncommitted changes ({string.Join(", ", changed.Take(5))}{(changed.Count > 5 ? ", …" : string.Empty)}).",
                    "Commit or stash them first (so the upgrade is one reviewable change), or pass --force. --dry-run shows what would change.");
            }
        }

        console.MarkupLine($"{(dryRun ? "Would upgrade" : "Upgrading")} [bold]{Markup.Escape(where)}[/]: building blocks [bold]{Markup.Escape(plan.From)}[/] -> [bold]{Markup.Escape(plan.To)}[/]");
        foreach (var pin in plan.PinChanges)
        {
            console.MarkupLine($"  {Markup.Escape(pin.Id)} {Markup.Escape(pin.From)} -> {Markup.Escape(pin.To)}");
        }

        console.WriteLine();
        console.MarkupLine(plan.Changes.Length == 0 ? "No entries in the changelog between these versions." : "Changes (CHANGELOG.md):");
        await context.Out.WriteAsync(plan.Changes);
        if (dryRun)
        {
            console.WriteLine();
            await context.Out.WriteAsync(plan.Diff);
            console.MarkupLine("Dry run: nothing was written. Run the same command without --dry-run to upgrade.");
            return ExitCodes.Success;
        }

        await SolutionUpgrader.ApplyAsync(plan, new ConsoleDevOutput(context, "rampart upgrade"), cancellationToken);
        console.MarkupLine($"[green]Upgraded to {Markup.Escape(plan.To)}[/]; it restores and builds. Next: dotnet test, then commit the upgrade.");
        return ExitCodes.Success;
    }
}
