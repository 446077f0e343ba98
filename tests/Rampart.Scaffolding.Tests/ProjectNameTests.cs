namespace Rampart.Scaffolding.Tests;

public sealed class ProjectNameTests
{
    [Theory]
    [InlineData("Shop")]
    [InlineData("OrderService")]
    [InlineData("Shop2")]
    [InlineData("_Internal")]
    public void Problem_ValidName_IsNull(string name) => Assert.Null(ProjectName.Problem(name));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("2Shop", "not a valid C# identifier")]
    [InlineData("My-Shop", "not a valid C# identifier")]
    [InlineData("My.Shop", "not a valid C# identifier")]
    [InlineData("@class", "not a valid C# identifier")]
    [InlineData("class", "keyword")]
    [InlineData("var", "keyword")]
    [InlineData("System", "clashes")]
    [InlineData("microsoft", "clashes")]
    [InlineData("Rampart", "clashes")]
    public void Problem_InvalidName_SaysWhy(string name, string expected) => Assert.Contains(expected, ProjectName.Problem(name), StringComparison.Ordinal);

    [Fact]
    public void Problem_TooLong_SaysWhy() => Assert.Contains("longer than", ProjectName.Problem(new string('A', ProjectName.MaxLength + 1)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Shop", "Shop")]
    [InlineData("my-shop", "MyShop")]
    [InlineData("order_service", "OrderService")]
    [InlineData("  my--API-gateway ", "MyAPIGateway")]
    [InlineData("_Internal", "Internal")]
    [InlineData("9-lives", "9Lives")]
    [InlineData("My.Shop", "My.Shop")]
    public void Normalize_WordsJoinedByHyphensOrUnderscores_BecomeOnePascalCaseName(string typed, string expected) =>
        Assert.Equal(expected, ProjectName.Normalize(typed));
}
