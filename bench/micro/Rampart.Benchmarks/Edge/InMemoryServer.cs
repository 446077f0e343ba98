using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Rampart.Benchmarks.Edge;

/// <summary>
/// A server without sockets: the host hands it the real hosting application (HttpContext creation, request scope,
/// activity, diagnostics) and each <see cref="SendAsync"/> runs one request through it in memory, on the caller's thread.
/// </summary>
internal sealed class InMemoryServer : IServer
{
    private Func<Task>? _process;
    private InMemoryExchange? _exchange;

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public InMemoryExchange Exchange => _exchange ?? throw new InvalidOperationException("The host has not started.");

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        var features = new ReusableFeatures<TContext>();
        var exchange = new InMemoryExchange(features);
        _exchange = exchange;
        _process = async () =>
        {
            var context = application.CreateContext(features);
            try
            {
                await application.ProcessRequestAsync(context);
                await exchange.EndAsync();
            }
            catch (Exception exception)
            {
                application.DisposeContext(context, exception);
                throw;
            }

            application.DisposeContext(context, null);
        };
        return Task.CompletedTask;
    }

    /// <summary>Runs one request; the response is in <see cref="Exchange"/> until the next one.</summary>
    public Task SendAsync(string method, string path)
    {
        Exchange.Reset(method, path);
        return _process!();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _exchange?.Dispose();
}
