using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Tests.Templates;

public sealed class PlaceholderTests
{
    private readonly Placeholder _placeholder = new("Skeleton", "Shop");

    [Theory]
    [InlineData("namespace Skeleton.Host;", "namespace Shop.Host;")]
    [InlineData("src/Skeleton.Host/Skeleton.Host.csproj", "src/Shop.Host/Shop.Host.csproj")]
    [InlineData("POSTGRES_DB: skeleton", "POSTGRES_DB: shop")]
    [InlineData("# Skeleton", "# Shop")]
    [InlineData("Skeleton.Modules.*.Contracts", "Shop.Modules.*.Contracts")]
    [InlineData("export SKELETON_TEST_POSTGRES=x", "export SHOP_TEST_POSTGRES=x")]
    public void Replace_WholeWord_IsRenamed(string text, string expected) => Assert.Equal(expected, _placeholder.Replace(text));

    [Theory]
    [InlineData("SkeletonFactory")]
    [InlineData("Skeletons")]
    [InlineData("MySkeleton")]
    [InlineData("skeleton_key")]
    [InlineData("SKELETON")]
    [InlineData("MY_SKELETON_KEY")]
    [InlineData("SKELETON_")]
    public void Replace_PartOfAnotherWord_IsLeftAlone(string text) => Assert.Equal(text, _placeholder.Replace(text));
}
