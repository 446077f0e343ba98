using Skeleton.Domain.Catalog;

namespace Skeleton.Tests.Catalog;

public sealed class ProductRulesTests
{
    [Theory]
    [InlineData("A")]
    [InlineData("SKU-001")]
    [InlineData("AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-Z")]
    public void Create_ValidSku_Succeeds(string sku)
    {
        var result = Product.Create(sku, "Tea", 4.5m, 0);

        Assert.True(result.IsSuccess);
        Assert.Equal(sku, result.Value.Sku);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sku-lower")]
    [InlineData("SKU 1")]
    [InlineData("SKU_1")]
    [InlineData("AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-AB-YZ")]
    public void Create_InvalidSku_ReportsSkuField(string sku)
    {
        var result = Product.Create(sku, "Tea", 4.5m, 0);

        Assert.Equal(ProductRules.ValidationCode, result.Error?.Code);
        Assert.Equal(["sku"], result.Error!.FieldErrors!.Keys);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.001")]
    [InlineData("10000000000")]
    public void Create_InvalidPrice_ReportsPriceField(string price)
    {
        var result = Product.Create("SKU", "Tea", decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), 0);

        Assert.Equal(["price"], result.Error!.FieldErrors!.Keys);
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("19.90")]
    [InlineData("9999999999.99")]
    public void Create_PriceWithAtMostTwoDecimals_Succeeds(string price)
    {
        Assert.True(Product.Create("SKU", "Tea", decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), 0).IsSuccess);
    }

    [Fact]
    public void Create_NegativeStock_ReportsStockField()
    {
        Assert.Equal(["stock"], Product.Create("SKU", "Tea", 1m, -1).Error!.FieldErrors!.Keys);
    }

    [Fact]
    public void Create_EverythingMissing_ReportsEveryField()
    {
        var result = Product.Create(null, null, null, null);

        Assert.Equal(["name", "price", "sku", "stock"], result.Error!.FieldErrors!.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Change_BlankName_FailsAndChangesNothing(string name)
    {
        var product = Product.Create("SKU", "Tea", 1m, 5).Value;

        var result = product.Change(name, 2m, 6);

        Assert.Equal(["name"], result.Error!.FieldErrors!.Keys);
        Assert.Equal(("Tea", 1m, 5), (product.Name, product.Price, product.Stock));
    }

    [Fact]
    public void Change_StockBelowReserved_IsConflict()
    {
        var product = Product.Create("SKU", "Tea", 1m, 5).Value;
        product.Reserve(3);

        var result = product.Change(null, null, 2);

        Assert.Equal("catalog.stock_below_reserved", result.Error?.Code);
        Assert.Equal(5, product.Stock);
    }

    [Fact]
    public void Change_OnlyGivenFields_KeepsTheOthers()
    {
        var product = Product.Create("SKU", "Tea", 1m, 5).Value;

        Assert.True(product.Change(null, 2.5m, null).IsSuccess);
        Assert.Equal(("Tea", 2.5m, 5), (product.Name, product.Price, product.Stock));
    }
}
