using Rampart.Scaffolding.Adding;

namespace Rampart.Scaffolding.Tests.Adding;

public sealed class ResourceFieldTests
{
    [Fact]
    public void EveryType_IsParsed()
    {
        var fields = ResourceField.ParseAll(
            "name:string sku:string? price:decimal stock:int big:long active:bool createdOn:datetime due:date ownerId2:guid status:enum(draft, active,archived)",
            ["sku"],
            ["price", "stock"]);

        Assert.Equal(
            [FieldType.String, FieldType.String, FieldType.Decimal, FieldType.Int, FieldType.Long, FieldType.Bool, FieldType.DateTime, FieldType.Date, FieldType.Guid, FieldType.Enum],
            fields.Select(f => f.Type));
        Assert.Equal(["Sku"], fields.Where(f => f.Optional).Select(f => f.Name.Pascal));
        Assert.Equal(["Sku"], fields.Where(f => f.Unique).Select(f => f.Name.Pascal));
        Assert.Equal(["Price", "Stock"], fields.Where(f => f.Positive).Select(f => f.Name.Pascal));
        Assert.Equal(["Draft", "Active", "Archived"], fields[^1].EnumValues.Select(v => v.Pascal));
        Assert.Equal("created_on", fields[6].Name.Snake);
    }

    [Fact]
    public void OptionsTakeCommaLists() =>
        Assert.Equal(2, ResourceField.ParseAll("a:string b:string", ["a,b"], []).Count(f => f.Unique));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("name", "not name:type")]
    [InlineData("name:", "not name:type")]
    [InlineData("name:text", "unknown type 'text'")]
    [InlineData("name:int32", "unknown type")]
    [InlineData("name:string name:int", "given twice")]
    [InlineData("id:guid", "reserved")]
    [InlineData("version:long", "reserved")]
    [InlineData("ownerId:guid", "reserved")]
    [InlineData("status:enum(draft)", "fewer than two")]
    [InlineData("status:enum(a,a)", "twice")]
    public void BadFields_AreRefusedNamingTheEntry(string fields, string reason)
    {
        var error = Assert.Throws<ScaffoldingException>(() => ResourceField.ParseAll(fields, [], []));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name:string", new[] { "sku" }, new string[0], "no such field")]
    [InlineData("name:string", new string[0], new[] { "name" }, "not a number")]
    [InlineData("on:bool", new[] { "on" }, new string[0], "too few values")]
    public void BadOptions_AreRefused(string fields, string[] unique, string[] positive, string reason) =>
        Assert.Contains(reason, Assert.Throws<ScaffoldingException>(() => ResourceField.ParseAll(fields, unique, positive)).Message, StringComparison.Ordinal);
}
