using System.Collections;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.RequestId;

/// <summary>
/// The log scope of one request: <c>RequestId</c> (the one echoed in <c>X-Request-Id</c>), <c>TraceId</c>,
/// <c>RequestPath</c> and, once routing has chosen an endpoint of a module, <c>Module</c>, as structured properties.
/// It is opened once, by the request-id middleware, so every line of the request carries the same values, the
/// access-log line written after the endpoint ran included.
/// </summary>
/// <remarks>
/// The trace id is formatted only when a logger reads it (most requests' scopes are never read), and loggers that
/// index an <see cref="IReadOnlyList{T}"/> walk it without an enumerator.
/// </remarks>
internal sealed class RequestScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string RequestIdKey = "RequestId";
    public const string TraceIdKey = "TraceId";
    public const string RequestPathKey = "RequestPath";
    public const string ModuleKey = ModuleScope.ModuleKey;

    private readonly string _requestId;
    private readonly PathString _path;
    private readonly ActivityTraceId _trace;
    private readonly bool _hasTrace;
    private string? _traceId;

    public RequestScope(string requestId, PathString path, Activity? activity)
    {
        _requestId = requestId;
        _path = path;
        if (activity is not null)
        {
            _trace = activity.TraceId;
            _hasTrace = true;
        }
    }

    public string RequestId => _requestId;

    /// <summary>The module whose endpoint serves the request; set after routing.</summary>
    public string? Module { get; set; }

    public int Count => Module is null ? 3 : 4;

    public string TraceId => _traceId ??= _hasTrace ? _trace.ToHexString() : string.Empty;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new(RequestIdKey, _requestId),
        1 => new(TraceIdKey, TraceId),
        2 => new(RequestPathKey, _path.Value),
        3 when Module is not null => new(ModuleKey, Module),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => new ScopeEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Module is null
        ? $"RequestId:{_requestId} TraceId:{TraceId} RequestPath:{_path}"
        : $"RequestId:{_requestId} TraceId:{TraceId} RequestPath:{_path} Module:{Module}";
}
