using System.Collections.Concurrent;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>
/// Every Shop the lane needs, each generated and built once per run on first use and shared by every test that runs it
/// (see <see cref="ShopMatrix"/> for which); all removed when the lane ends.
/// </summary>
public sealed class ShopBuilds : IAsyncLifetime
{
    private readonly ConcurrentDictionary<(string Pattern, string Broker), Lazy<Task<GeneratedShop>>> _shops = new();

    internal Task<GeneratedShop> GetAsync(string pattern, string broker) =>
        _shops.GetOrAdd((pattern, broker), key => new Lazy<Task<GeneratedShop>>(() => GeneratedShop.CreateAndBuildAsync(key.Pattern, key.Broker))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var shop in _shops.Values.Where(lazy => lazy.IsValueCreated).Select(lazy => lazy.Value))
        {
            if (shop.IsCompletedSuccessfully)
            {
                (await shop).Dispose();
            }
        }
    }
}
