using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace Skeleton.Tests.Orders;

/// <summary>
/// A SignalR connection (the framework's own client) that keeps every message the hub sends to it for the methods
/// named at connect, so a test can wait for the one it expects without missing any that came first.
/// </summary>
internal sealed class HubListener : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<(string Method, JsonElement Message)> _received = Channel.CreateUnbounded<(string, JsonElement)>();

    private HubListener(HubConnection connection) => _connection = connection;

    /// <param name="hub">The hub's address, for example <c>http://127.0.0.1:5000/hubs/orders</c>.</param>
    /// <param name="accessToken">The caller's access token.</param>
    /// <param name="methods">The client methods to listen for, for example <c>orderStatusChanged</c>.</param>
    /// <param name="transport">Adjusts the connection, for example to reach an in-memory test server.</param>
    public static async Task<HubListener> ConnectAsync(
        Uri hub, string accessToken, IEnumerable<string> methods, Action<HttpConnectionOptions>? transport = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                transport?.Invoke(options);
            })
            .Build();
        var listener = new HubListener(connection);
        foreach (var method in methods)
        {
            connection.On<JsonElement>(method, message => listener._received.Writer.TryWrite((method, message)));
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await connection.StartAsync(timeout.Token);
        return listener;
    }

    /// <summary>The next message sent to <paramref name="method"/> that matches, within the timeout.</summary>
    public async Task<JsonElement> WaitForAsync(string method, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            while (true)
            {
                var (name, message) = await _received.Reader.ReadAsync(limit.Token);
                if (name == method && match(message))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            throw new TimeoutException($"No matching '{method}' message arrived in time.");
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
