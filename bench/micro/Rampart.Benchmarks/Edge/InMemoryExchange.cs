using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Rampart.Benchmarks.Edge;

/// <summary>
/// One request and its response, held in memory and reused from request to request the way a server reuses a
/// connection's features: the response starts (running <c>OnStarting</c> callbacks) on the first flush or write,
/// or when the request ends, as with Kestrel.
/// </summary>
internal sealed class InMemoryExchange : IHttpResponseFeature, IHttpResponseBodyFeature, IDisposable
{
    private readonly ArrayBufferWriter<byte> _body = new(4096);
    private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
    private readonly List<(Func<object, Task> Callback, object State)> _completed = [];
    private readonly ResponseWriter _writer;
    private readonly ResponseStream _stream;

    public InMemoryExchange(FeatureCollection features)
    {
        Features = features;
        _writer = new ResponseWriter(this);
        _stream = new ResponseStream(this);
        Features.Set<IHttpRequestFeature>(Request);
        Features.Set<IHttpResponseFeature>(this);
        Features.Set<IHttpResponseBodyFeature>(this);
        Features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            ConnectionId = "bench",
            RemoteIpAddress = IPAddress.Loopback,
            RemotePort = 50000,
            LocalIpAddress = IPAddress.Loopback,
            LocalPort = 8080,
        });
        ((IResettableFeatures)features).SealServerFeatures();
    }

    public FeatureCollection Features { get; }

    public HttpRequestFeature Request { get; } = new();

    public ReadOnlyMemory<byte> WrittenBody => _body.WrittenMemory;

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public string? ReasonPhrase { get; set; }

    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

    [Obsolete("Use IHttpResponseBodyFeature.Stream.")]
    public Stream Body
    {
        get => _stream;
        set => throw new NotSupportedException("The benchmark's response body is fixed.");
    }

    public bool HasStarted { get; private set; }

    public Stream Stream => _stream;

    public PipeWriter Writer => _writer;

    /// <summary>Prepares the next request: method, path and headers as given, the response empty.</summary>
    public void Reset(string method, string path)
    {
        ((IResettableFeatures)Features).ResetToServerFeatures();
        Request.Method = method;
        Request.Path = path;
        Request.PathBase = string.Empty;
        Request.QueryString = string.Empty;
        Request.Scheme = "http";
        Request.Protocol = "HTTP/1.1";
        Request.Headers.Clear();
        Request.Headers.Host = "localhost";
        Request.Body = Stream.Null;
        StatusCode = StatusCodes.Status200OK;
        ReasonPhrase = null;
        Headers.Clear();
        HasStarted = false;
        _body.ResetWrittenCount();
        _writer.Reset();
        _starting.Clear();
        _completed.Clear();
    }

    public void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

    public void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

    public void DisableBuffering()
    {
    }

    public Task StartAsync(CancellationToken cancellationToken = default) => StartResponseAsync();

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The benchmark sends no files.");

    public Task CompleteAsync() => StartResponseAsync();

    /// <summary>What the server does once the application returns: start the response if needed, then run OnCompleted.</summary>
    public async Task EndAsync()
    {
        await StartResponseAsync();
        for (var i = _completed.Count - 1; i >= 0; i--)
        {
            await _completed[i].Callback(_completed[i].State);
        }
    }

    internal async Task StartResponseAsync()
    {
        if (HasStarted)
        {
            return;
        }

        // Registered last, run first, as Kestrel does.
        for (var i = _starting.Count - 1; i >= 0; i--)
        {
            await _starting[i].Callback(_starting[i].State);
        }

        HasStarted = true;
    }

    internal ArrayBufferWriter<byte> BodyBuffer => _body;

    public void Dispose() => _stream.Dispose();
}
