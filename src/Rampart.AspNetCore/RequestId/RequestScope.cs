using System.Collections;
using System.Diagnostics;

namespace Rampart.AspNetCore.RequestId;

/// <summary>The log scope of one request: <c>RequestId</c> and <c>TraceId</c>, as structured properties.</summary>
/// <remarks>
/// The trace id is formatted only when a logger reads it (most requests' scopes are never read), and loggers that
/// index an <see cref="IReadOnlyList{T}"/> walk it without an enumerator.
/// </remarks>
internal sealed class RequestScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string RequestIdKey = "RequestId";
    public const string TraceIdKey = "TraceId";

    private readonly string _requestId;
    private readonly ActivityTraceId _trace;
    private readonly bool _hasTrace;
    private string? _traceId;

    public RequestScope(string requestId, Activity? activity)
    {
        _requestId = requestId;
        if (activity is not null)
        {
            _trace = activity.TraceId;
            _hasTrace = true;
        }
    }

    public int Count => 2;

    public string TraceId => _traceId ??= _hasTrace ? _trace.ToHexString() : string.Empty;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new(RequestIdKey, _requestId),
        1 => new(TraceIdKey, TraceId),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => new ScopeEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"RequestId:{_requestId} TraceId:{TraceId}";
}
