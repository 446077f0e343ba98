using Microsoft.Extensions.Hosting;

namespace Rampart.AspNetCore.Redis;

/// <summary>Connects while the host starts, so the first requests find the connection up instead of racing it.</summary>
internal sealed class RedisConnectOnStart(RedisConnection connection) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(() => _ = connection.Multiplexer, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
