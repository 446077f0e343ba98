using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Rampart.AspNetCore.Messaging.RabbitMq;

/// <summary>
/// The service's one connection to RabbitMQ, opened on first use and recovered automatically by the client
/// (connection, channels, consumers) after a network failure. If the very first open fails, the next use tries again.
/// </summary>
internal sealed class RabbitMqConnection(
    IOptions<RabbitMqOptions> options,
    IOptionsMonitor<MessagingOptions> messaging,
    Inbox.ConsumerRegistry registry) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    /// <summary>The connection if it is open now, else null.</summary>
    public IConnection? Current => _connection is { IsOpen: true } connection ? connection : null;

    public async Task<IConnection> GetAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } existing)
        {
            return existing;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is null)
            {
                var settings = options.Value;
                var factory = new ConnectionFactory
                {
                    Uri = settings.Uri!,
                    AutomaticRecoveryEnabled = true,
                    TopologyRecoveryEnabled = true,
                    NetworkRecoveryInterval = settings.RecoveryInterval,
                    RequestedConnectionTimeout = settings.ConnectionTimeout,
                    ClientProvidedName = string.Join(',', registry.Contexts.Select(c => messaging.Get(c.Name).ServiceName)),
                };
                _connection = await factory.CreateConnectionAsync(cancellationToken);
            }

            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            await connection.DisposeAsync();
        }

        _gate.Dispose();
    }
}
