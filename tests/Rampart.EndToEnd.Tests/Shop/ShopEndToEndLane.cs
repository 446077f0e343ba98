namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>The Shop end-to-end tests build whole solutions: they run one at a time so they do not compete for the machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ShopEndToEndLane : ICollectionFixture<ShopBuilds>
{
    public const string Name = "Shop end-to-end";
}
