using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.RequestId;

namespace Rampart.AspNetCore.Logging;

/// <summary>
/// The scopes a line is written with, minus any other scope that names a request id when Rampart's
/// <see cref="RequestScope"/> is open: ASP.NET Core hosting opens one with its connection-based id (and the path)
/// before any middleware runs, so without this every request line would carry two different <c>RequestId</c>s. Ours
/// is the one echoed in <c>X-Request-Id</c> and carries the path too.
/// </summary>
internal sealed class RequestScopeFilter(IExternalScopeProvider inner) : IExternalScopeProvider
{
    [ThreadStatic]
    private static bool _sawRequestScope;

    public void ForEachScope<TState>(Action<object?, TState> callback, TState state)
    {
        _sawRequestScope = false;
        inner.ForEachScope(static (scope, _) => _sawRequestScope |= scope is RequestScope, (object?)null);
        if (!_sawRequestScope)
        {
            inner.ForEachScope(callback, state);
            return;
        }

        inner.ForEachScope(
            static (scope, pass) =>
            {
                if (scope is RequestScope || !NamesARequestId(scope))
                {
                    pass.Callback(scope, pass.State);
                }
            },
            (Callback: callback, State: state));
    }

    public IDisposable Push(object? state) => inner.Push(state);

    private static bool NamesARequestId(object? scope)
    {
        if (scope is IReadOnlyList<KeyValuePair<string, object?>> pairs)
        {
            for (var i = 0; i < pairs.Count; i++)
            {
                if (pairs[i].Key == RequestScope.RequestIdKey)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
