using Rampart.AspNetCore.Data.Caching;

namespace Rampart.AspNetCore.Data.Tests.Caching;

public sealed class CacheKeyTests
{
    [Fact]
    public void ForEntity_ModuleEntityAndId_IsColonSeparatedWithTheCanonicalGuid()
    {
        var id = Guid.Parse("0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

        Assert.Equal("catalog:product:0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", CacheKey.ForEntity("catalog", "product", id).Value);
    }

    [Fact]
    public void ForList_ModuleAndEntity_EndsInList()
    {
        Assert.Equal("catalog:product:list", CacheKey.ForList("catalog", "product").ToString());
    }

    [Theory]
    [InlineData("Catalog")]
    [InlineData("cat:alog")]
    [InlineData("cat alog")]
    [InlineData("")]
    public void ForEntity_PartNotALowerCaseName_ThrowsNamingTheRule(string module)
    {
        var failure = Assert.ThrowsAny<ArgumentException>(() => CacheKey.ForEntity(module, "product", Guid.CreateVersion7()));

        Assert.Contains("lower-case", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForEntity_PartLongerThan64_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => CacheKey.ForEntity(new string('a', 65), "product", Guid.CreateVersion7()));
    }
}
