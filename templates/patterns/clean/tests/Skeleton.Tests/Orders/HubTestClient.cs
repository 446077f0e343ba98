using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Skeleton.Tests.Orders;

/// <summary>
/// A minimal SignalR client for tests, speaking the JSON hub protocol over a WebSocket: negotiate, connect with the
/// connection token and <c>access_token</c>, handshake, then collect the server's invocations (records end with 0x1E).
/// </summary>
internal sealed class HubTestClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';

    private readonly WebSocket _socket;
    private readonly Channel<(string Target, JsonElement Arguments)> _invocations = Channel.CreateUnbounded<(string, JsonElement)>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;

    private HubTestClient(WebSocket socket)
    {
        _socket = socket;
        _reader = Task.Run(ReadAsync);
    }

    /// <param name="http">A client on the service (for the negotiate request).</param>
    /// <param name="hubPath">For example <c>/hubs/orders</c>.</param>
    /// <param name="accessToken">The caller's access token.</param>
    /// <param name="connect">Opens a WebSocket to a path and query relative to the service.</param>
    public static async Task<HubTestClient> ConnectAsync(
        HttpClient http, string hubPath, string accessToken, Func<string, CancellationToken, Task<WebSocket>> connect)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var token = Uri.EscapeDataString(accessToken);
        using var negotiated = await http.PostAsync(new Uri($"{hubPath}/negotiate?negotiateVersion=1&access_token={token}", UriKind.Relative), null, timeout.Token);
        negotiated.EnsureSuccessStatusCode();
        var negotiation = await negotiated.Content.ReadFromJsonAsync<JsonElement>(timeout.Token);
        var connectionToken = negotiation.GetProperty("connectionToken").GetString()!;
        var socket = await connect($"{hubPath}?id={Uri.EscapeDataString(connectionToken)}&access_token={token}", timeout.Token);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}" + RecordSeparator), WebSocketMessageType.Text, true, timeout.Token);
        var handshake = await ReadRecordsAsync(socket, timeout.Token);
        if (handshake.Count == 0 || JsonDocument.Parse(handshake[0]).RootElement.TryGetProperty("error", out _))
        {
            throw new InvalidOperationException($"The hub refused the handshake: {string.Join(' ', handshake)}");
        }

        return new HubTestClient(socket);
    }

    /// <summary>The arguments of the next invocation of <paramref name="target"/> that matches, within the timeout.</summary>
    public async Task<JsonElement> WaitForAsync(string target, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            while (true)
            {
                var (name, arguments) = await _invocations.Reader.ReadAsync(limit.Token);
                if (name == target && arguments.GetArrayLength() > 0 && match(arguments[0]))
                {
                    return arguments[0];
                }
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            throw new TimeoutException($"No matching '{target}' invocation arrived in time.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
            // Stopped reading on purpose.
        }

        _socket.Abort();
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
        {
            foreach (var record in await ReadRecordsAsync(_socket, _stop.Token))
            {
                var message = JsonDocument.Parse(record).RootElement.Clone();
                if (message.GetProperty("type").GetInt32() == 1)
                {
                    await _invocations.Writer.WriteAsync((message.GetProperty("target").GetString()!, message.GetProperty("arguments")));
                }
            }
        }
    }

    /// <summary>Reads one WebSocket message and splits it into its JSON records.</summary>
    private static async Task<List<string>> ReadRecordsAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return [];
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return [.. Encoding.UTF8.GetString(message.ToArray()).Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries)];
    }
}
