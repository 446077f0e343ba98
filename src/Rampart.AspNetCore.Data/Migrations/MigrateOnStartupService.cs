using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Data.Migrations;

/// <summary>Applies pending migrations before any hosted service starts, when <see cref="RampartMigrationsOptions.ApplyOnStartup"/> is set.</summary>
internal sealed class MigrateOnStartupService(
    IEnumerable<IRampartMigrationRunner> runners, IOptions<RampartMigrationsOptions> options, ILogger<MigrateOnStartupService> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ApplyOnStartup)
        {
            return;
        }

        foreach (var runner in runners)
        {
            var applied = await runner.MigrateAsync(cancellationToken);
            MigrationsLog.Applied(logger, applied.Count, runner.ContextName);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
