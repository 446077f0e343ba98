using System.Collections;

namespace Rampart.AspNetCore.RequestId;

/// <summary>The log scope of one request: <c>RequestId</c> and <c>TraceId</c>, as structured properties.</summary>
internal sealed class RequestScope(string requestId, string traceId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string RequestIdKey = "RequestId";
    public const string TraceIdKey = "TraceId";

    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new(RequestIdKey, requestId),
        1 => new(TraceIdKey, traceId),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"RequestId:{requestId} TraceId:{traceId}";
}
