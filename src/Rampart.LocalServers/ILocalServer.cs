namespace Rampart.LocalServers;

/// <summary>A server <c>rampart dev</c> runs for the service from the system's binaries (PostgreSQL, RabbitMQ).</summary>
public interface ILocalServer
{
    /// <summary>A short name for messages.</summary>
    string Name { get; }

    /// <summary>Starts the server (creating its data on first use) and returns how the service reaches it.</summary>
    Task<LocalServerEndpoint> StartAsync(IServerOutput output, CancellationToken cancellationToken);

    /// <summary>Stops the server if this instance started it.</summary>
    Task StopAsync();

    /// <summary>Stops a server left running on the data (by an earlier, killed session) and deletes the data.</summary>
    Task ResetAsync();
}
