using System.Net;
using System.Net.Sockets;
using Rampart.LocalServers;

namespace Rampart.Testing;

/// <summary>
/// A private Redis server of one test (the same <see cref="LocalRedis"/> <c>rampart dev</c> runs), on a port of its own
/// that stays the same across <see cref="StopAsync"/> and <see cref="StartAgainAsync"/>, so a test can take Redis away
/// under running clients and bring it back.
/// </summary>
public sealed class RedisInstance : IAsyncDisposable
{
    private readonly LocalRedis _server;

    private RedisInstance(string directory, int port)
    {
        _server = new LocalRedis(directory, port);
        Port = port;
    }

    /// <summary>The loopback port.</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string (<c>ConnectionStrings:Redis</c>).</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>Starts a server in a fresh temporary folder on a free port; ready when it answers PING.</summary>
    public static async Task<RedisInstance> StartAsync(CancellationToken cancellationToken = default)
    {
        var instance = new RedisInstance(Directory.CreateTempSubdirectory("rampart-redis-").FullName, FreePort());
        await instance.StartAgainAsync(cancellationToken);
        return instance;
    }

    /// <summary>Starts the server (again) on the same port.</summary>
    public Task StartAgainAsync(CancellationToken cancellationToken = default) => _server.StartAsync(NullServerOutput.Instance, cancellationToken);

    /// <summary>Stops the server; clients see it gone.</summary>
    public Task StopAsync() => _server.StopAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.ResetAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
