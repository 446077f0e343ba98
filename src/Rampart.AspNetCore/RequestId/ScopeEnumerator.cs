using System.Collections;

namespace Rampart.AspNetCore.RequestId;

/// <summary>Walks a small log scope by index, for loggers that enumerate rather than index it.</summary>
internal sealed class ScopeEnumerator(IReadOnlyList<KeyValuePair<string, object?>> scope) : IEnumerator<KeyValuePair<string, object?>>
{
    private int _index = -1;

    public KeyValuePair<string, object?> Current => scope[_index];

    object IEnumerator.Current => Current;

    public bool MoveNext() => ++_index < scope.Count;

    public void Reset() => _index = -1;

    public void Dispose()
    {
    }
}
