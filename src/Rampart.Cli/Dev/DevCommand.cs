using System.CommandLine;
using System.Runtime.InteropServices;
using Rampart.Cli.Doctor;
using Rampart.Cli.Infrastructure;
using Rampart.LocalServers;
using Rampart.Scaffolding;
using Rampart.Scaffolding.Dev;

namespace Rampart.Cli.Dev;

/// <summary>The <c>rampart dev</c> verb: the local orchestrator, for people without Docker.</summary>
internal static class DevCommand
{
    private const string Description = """
        Run a generated service locally with its own PostgreSQL (and RabbitMQ and Redis when configured), from the system's binaries.
        Data lives in .rampart/dev under the solution and survives restarts. Ctrl-C stops everything it started.

        The service logs one readable line per event (Development); --json-logs gives its raw JSON lines instead.
        With --watch, a change to a .cs, .csproj or appsettings*.json file under src/ rebuilds and restarts the service
        while the database keeps running; a failed build is printed and the running instance keeps serving.

        Examples:
          rampart dev                  run the solution in the current folder
          rampart dev --watch          rebuild and restart on every source change
          rampart dev ./Shop --reset   wipe the local data first
          rampart dev --port 0         listen on a free port instead of 5080
          rampart dev --instances 2    two instances on two ports against the same servers (scale-out, locally)
        """;

    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "The solution folder (or a folder inside it). Defaults to the current folder.", DefaultValueFactory = _ => "." };
        var reset = new Option<bool>("--reset") { Description = "Wipe the local database (and broker) data before starting." };
        var port = new Option<int?>("--port") { Description = $"The API's port; 0 picks a free one. Defaults to {DevSession.DefaultApiPort}, or a free port when that is taken." };
        var watch = new Option<bool>("--watch") { Description = "Rebuild and restart the service when a source file under src/ changes; the servers keep running." };
        var jsonLogs = new Option<bool>("--json-logs") { Description = "The service writes its raw JSON log lines (as in Production) instead of readable ones." };
        var instances = new Option<int>("--instances") { Description = $"How many instances of the service to run, each on a port of its own (the first on --port), against the same PostgreSQL, broker and Redis; migrations run once. 1 to {DevRunOptions.MaxInstances}.", DefaultValueFactory = _ => 1 };
        var command = new Command("dev", Description) { path, reset, port, watch, jsonLogs, instances };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = new ConsoleDevOutput(context);
            var requestedPort = ValidatePort(parse.GetValue(port));
            var instanceCount = ValidateInstances(parse.GetValue(instances), parse.GetValue(watch));

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // SIGTERM (a supervisor, or kill) stops the session as cleanly as Ctrl-C does.
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            try
            {
                var session = DevSession.ForSolution(context.ResolvePath(parse.GetValue(path)!), requestedPort == 0 ? FreePort() : requestedPort);
                var report = await session.CheckAsync(stop.Token);
                if (!report.CanRunDev)
                {
                    output.Info("Checking what it needs first (the same checks as rampart doctor):");
                    DoctorRenderer.Write(context, report, problemsOnly: true);
                    return ExitCodes.Environment;
                }

                if (parse.GetValue(reset))
                {
                    await session.ResetAsync(output);
                }

                var options = new DevRunOptions(parse.GetValue(watch), parse.GetValue(jsonLogs), context.UseColor, instanceCount);
                var exit = await session.RunAsync(output, options, stop.Token);
                return exit is { } code
                    ? throw new CliException($"The service stopped by itself (exit code {code}).", "See its log above, fix the cause, then run rampart dev again.", ExitCodes.Environment)
                    : ExitCodes.Success;
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

    /// <summary>The <c>--port</c> value of <c>rampart dev</c> and <c>rampart doctor</c>, checked.</summary>
    public static int? ValidatePort(int? port) =>
        port is < 0 or > 65535
            ? throw new CliException($"--port {port} is not a TCP port.", "Use a port between 1 and 65535, or 0 for a free one.", ExitCodes.Usage)
            : port;

    /// <summary>The <c>--instances</c> value, checked: 1 to <see cref="DevRunOptions.MaxInstances"/>, and one with <c>--watch</c>.</summary>
    public static int ValidateInstances(int instances, bool watch)
    {
        if (instances is < 1 or > DevRunOptions.MaxInstances)
        {
            throw new CliException($"--instances {instances} is not a number of instances rampart dev runs.", $"Use 1 to {DevRunOptions.MaxInstances} (2 is enough to see scale-out).", ExitCodes.Usage);
        }

        return instances > 1 && watch
            ? throw new CliException("--watch restarts one instance; it does not go together with --instances.", "Leave out --watch to run several instances, or --instances to rebuild on change.", ExitCodes.Usage)
            : instances;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
