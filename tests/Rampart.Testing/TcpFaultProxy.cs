using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Rampart.Testing;

/// <summary>
/// A loopback TCP proxy in front of a real server, for fault tests: <see cref="Cut"/> drops every open
/// connection and refuses new ones (the server looks down), <see cref="Restore"/> lets traffic through again.
/// The server itself keeps running, so the fault costs nothing to undo.
/// </summary>
public sealed class TcpFaultProxy : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Guid, (TcpClient Client, TcpClient Upstream)> _links = new();
    private readonly Task _acceptLoop;
    private volatile bool _cut;

    private TcpFaultProxy(IPEndPoint target)
    {
        _target = target;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    /// <summary>The port clients connect to instead of the server's.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Starts a proxy to 127.0.0.1:<paramref name="targetPort"/>.</summary>
    public static TcpFaultProxy Start(int targetPort) => new(new IPEndPoint(IPAddress.Loopback, targetPort));

    /// <summary>Drops every open connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _cut = true;
        foreach (var (id, link) in _links)
        {
            Close(id, link);
        }
    }

    /// <summary>Lets connections through again.</summary>
    public void Restore() => _cut = false;

    /// <summary>Stops the proxy and closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (_cut)
            {
                client.Client.LingerState = new LingerOption(true, 0);
                client.Dispose();
                continue;
            }

            _ = LinkAsync(client);
        }
    }

    private async Task LinkAsync(TcpClient client)
    {
        var upstream = new TcpClient();
        var id = Guid.NewGuid();
        try
        {
            await upstream.ConnectAsync(_target, _stopping.Token);
            _links[id] = (client, upstream);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            var up = client.GetStream().CopyToAsync(upstream.GetStream(), either.Token);
            var down = upstream.GetStream().CopyToAsync(client.GetStream(), either.Token);
            await Task.WhenAny(up, down);
            await either.CancelAsync();
        }
#pragma warning disable CA1031 // Any failure of a proxied connection just ends that connection, as a network fault would.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            Close(id, (client, upstream));
        }
    }

    private void Close(Guid id, (TcpClient Client, TcpClient Upstream) link)
    {
        _links.TryRemove(id, out _);
        foreach (var side in new[] { link.Client, link.Upstream })
        {
            try
            {
                // A link closed twice (its own end and a Cut at the same time) has no socket the second time.
                if (side.Client is { } socket)
                {
                    socket.LingerState = new LingerOption(true, 0);
                }
            }
            catch (ObjectDisposedException)
            {
            }

            side.Dispose();
        }
    }
}
