using Rampart.Cli;
using Rampart.Cli.Infrastructure;

// Before subscribing to Ctrl-C: a SIGINT inherited ignored would make the subscription a no-op.
InheritedInterrupt.Restore();

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let the running verb stop what it started; a second Ctrl-C ends the process as usual.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return await RampartCli.RunAsync(args, CliContext.FromProcess(), cancellation.Token);
