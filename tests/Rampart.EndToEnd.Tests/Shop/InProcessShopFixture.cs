namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>
/// The default Shop (in-process broker), generated and built once for the whole lane on first use, so every test that
/// runs it as a process shares one build; removed when the lane ends.
/// </summary>
public sealed class InProcessShopFixture : IAsyncLifetime
{
    private Task<GeneratedShop>? _shop;

    internal Task<GeneratedShop> GetAsync() => _shop ??= GeneratedShop.CreateAndBuildAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_shop is { IsCompletedSuccessfully: true } built)
        {
            (await built).Dispose();
        }
    }
}
