using Microsoft.AspNetCore.Hosting.Server.Abstractions;
using Microsoft.AspNetCore.Http.Features;

namespace Rampart.Benchmarks.Edge;

/// <summary>
/// The server's features, reused from request to request: the hosting layer keeps its per-request context here (as
/// with Kestrel's connections), and every feature the application added is dropped before the next request.
/// </summary>
internal sealed class ReusableFeatures<TContext> : FeatureCollection, IHostContextContainer<TContext>, IResettableFeatures
    where TContext : notnull
{
    private readonly HashSet<Type> _server = [];
    private readonly List<Type> _added = [];

    public TContext? HostContext { get; set; }

    public void SealServerFeatures()
    {
        foreach (var feature in this)
        {
            _server.Add(feature.Key);
        }
    }

    public void ResetToServerFeatures()
    {
        _added.Clear();
        foreach (var feature in this)
        {
            if (!_server.Contains(feature.Key))
            {
                _added.Add(feature.Key);
            }
        }

        foreach (var type in _added)
        {
            this[type] = null;
        }
    }
}
