using System.Collections.Concurrent;
using System.Net;

namespace Rampart.AspNetCore.Messaging.Tests.Resilience;

/// <summary>A fake downstream service: answers each call from a script and records what it received.</summary>
public sealed class StubDownstream : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Used once the script is exhausted.</summary>
    public Func<CancellationToken, Task<HttpResponseMessage>> Otherwise { get; set; } = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));

    public StubDownstream Then(HttpStatusCode status, Action<HttpResponseMessage>? shape = null)
    {
        _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status);
            shape?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public StubDownstream ThenThrow(Exception exception)
    {
        _script.Enqueue(_ => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    public StubDownstream ThenHang()
    {
        _script.Enqueue(async cancellationToken =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return _script.TryDequeue(out var next) ? next(cancellationToken) : Otherwise(cancellationToken);
    }
}
