using Rampart.Scaffolding.Adding;

namespace Rampart.Scaffolding.Tests.Adding;

public sealed class NamingTests
{
    [Theory]
    [InlineData("order-line")]
    [InlineData("order_line")]
    [InlineData("order line")]
    [InlineData("orderLine")]
    [InlineData("OrderLine")]
    [InlineData("  OrderLine ")]
    public void EveryWayOfWritingTheName_GivesTheSameForms(string typed)
    {
        var naming = Naming.Parse(typed, "resource");

        Assert.Equal(new Naming("OrderLine", "OrderLines", "orderLine", "orderLines", "order-line", "order-lines", "order_line", "order_lines"), naming);
    }

    [Theory]
    [InlineData("category", "Categories", "categories")]
    [InlineData("box", "Boxes", "boxes")]
    [InlineData("address", "Addresses", "addresses")]
    [InlineData("branch", "Branches", "branches")]
    [InlineData("day", "Days", "days")]
    [InlineData("person", "People", "people")]
    [InlineData("news", "News", "news")]
    [InlineData("sales-person", "SalesPeople", "sales-people")]
    [InlineData("product", "Products", "products")]
    public void Plurals_FollowEnglish(string typed, string plural, string route)
    {
        var naming = Naming.Parse(typed, "resource");

        Assert.Equal(plural, naming.Plural);
        Assert.Equal(route, naming.KebabPlural);
    }

    [Fact]
    public void Acronyms_AreOneWord() => Assert.Equal("HttpEndpoint", Naming.Parse("HTTPEndpoint", "resource").Pascal);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("--", "empty")]
    [InlineData("2fa", "starts with a digit")]
    [InlineData("order/line", "'/'")]
    [InlineData("prodüct", "'ü'")]
    public void BadNames_AreRefusedSayingWhy(string typed, string reason)
    {
        var error = Assert.Throws<ScaffoldingException>(() => Naming.Parse(typed, "resource"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void TooLongNames_AreRefused() =>
        Assert.Contains("longer than", Assert.Throws<ScaffoldingException>(() => Naming.Parse(new string('a', Naming.MaxLength + 1), "resource")).Message, StringComparison.Ordinal);

    [Fact]
    public void Describe_PrintsTheNormalisation() =>
        Assert.Equal("'order-line' → type OrderLine, collection OrderLines, route /api/v1/order-lines, table order_lines", Naming.Parse("order-line", "resource").Describe("order-line"));
}
