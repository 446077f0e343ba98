using System.CommandLine;
using System.CommandLine.Help;
using Rampart.Cli.Add;
using Rampart.Cli.Advise;
using Rampart.Cli.Audit;
using Rampart.Cli.Dev;
using Rampart.Cli.Doctor;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.New;
using Rampart.Cli.Upgrade;

namespace Rampart.Cli;

/// <summary>The <c>rampart</c> command: one verb per folder, composed here and nowhere else.</summary>
public static class RampartCli
{
    /// <summary>Builds the command tree for the given context.</summary>
    public static RootCommand Build(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("Rampart: choose the architecture, generate a production-grade ASP.NET Core service, grow it, and audit any C# backend.");
        root.Subcommands.Add(AdviseCommand.Create(context));
        root.Subcommands.Add(NewCommand.Create(context));
        root.Subcommands.Add(AddCommand.Create(context));
        root.Subcommands.Add(DevCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(DoctorCommand.Create(context));
        root.Subcommands.Add(UpgradeCommand.Create(context));
        GlobalOptions.AddTo(root, context);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = Build(context);
        var parseResult = root.Parse(args);
        GlobalOptions.Apply(parseResult, context);
        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            // Verbs stop what they started on Ctrl-C/SIGTERM through the token; System.CommandLine must not kill the process after 2 s.
            ProcessTerminationTimeout = null,
        };
        try
        {
            var code = await parseResult.InvokeAsync(invocation, cancellationToken);
            // System.CommandLine reports parse errors with exit code 1; Rampart keeps 1 for "ran, found problems".
            // --help prints help even when the command's required arguments are missing; that is not a usage error.
            return parseResult.Errors.Count > 0 && parseResult.Action is not (HelpAction or RootHelpAction) ? ExitCodes.Usage : code;
        }
        catch (CliException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            if (ex.Fix is not null)
            {
                await context.Error.WriteLineAsync($"  fix: {ex.Fix}");
            }

            return ex.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }
    }
}
