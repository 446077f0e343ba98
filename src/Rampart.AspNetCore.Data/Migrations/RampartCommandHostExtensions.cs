using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rampart.AspNetCore.Data.Migrations;

namespace Rampart.AspNetCore.Data;

/// <summary>
/// Operational commands a service answers instead of starting: <c>migrate</c>, <c>migrations list</c> and
/// <c>migrations script [--output &lt;file&gt;]</c> (an idempotent SQL script for production).
/// </summary>
public static class RampartCommandHostExtensions
{
    /// <summary>
    /// Runs the command in <paramref name="args"/>, if any, and returns its exit code; returns null when the arguments
    /// hold no Rampart command and the host should run. Use: <c>if (await app.RunRampartCommandAsync(args) is { } code) return code;</c>
    /// </summary>
    public static async Task<int?> RunRampartCommandAsync(this IHost host, string[] args, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [("migrate" or "migrations"), ..])
        {
            return null;
        }

        var writer = output ?? Console.Out;
        var runners = host.Services.GetServices<IRampartMigrationRunner>().ToList();
        if (runners.Count == 0)
        {
            await writer.WriteLineAsync("No migrations are registered: call services.AddRampartMigrations<TContext>().");
            return 2;
        }

        switch (args)
        {
            case ["migrate", ..]:
                foreach (var runner in runners)
                {
                    var applied = await runner.MigrateAsync(cancellationToken);
                    await writer.WriteLineAsync($"{runner.ContextName}: applied {applied.Count} migration(s){(applied.Count > 0 ? ": " + string.Join(", ", applied) : ".")}");
                }

                return 0;
            case ["migrations", "list", ..]:
                foreach (var runner in runners)
                {
                    var (applied, pending) = await runner.ListAsync(cancellationToken);
                    await writer.WriteLineAsync($"{runner.ContextName}:");
                    foreach (var name in applied)
                    {
                        await writer.WriteLineAsync($"  applied  {name}");
                    }

                    foreach (var name in pending)
                    {
                        await writer.WriteLineAsync($"  pending  {name}");
                    }
                }

                return 0;
            case ["migrations", "script", .. var rest]:
                var scripts = new List<string>();
                foreach (var runner in runners)
                {
                    scripts.Add(await runner.ScriptAsync(cancellationToken));
                }

                var script = string.Join(Environment.NewLine, scripts);
                var at = Array.IndexOf(rest, "--output");
                if (at >= 0 && at + 1 < rest.Length)
                {
                    await File.WriteAllTextAsync(rest[at + 1], script, cancellationToken);
                    await writer.WriteLineAsync($"Wrote the idempotent migrations script to {rest[at + 1]}.");
                }
                else
                {
                    await writer.WriteAsync(script);
                }

                return 0;
            default:
                await writer.WriteLineAsync("Unknown command. Use: migrate | migrations list | migrations script [--output <file>]");
                return 2;
        }
    }
}
