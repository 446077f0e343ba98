using System.Text;
using Rampart.Scaffolding.Adding;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// The resource item templates are real code for their sample resource: each field region holds exactly what the
/// generator writes for the sample's fields, so compiling and testing the sample (the end-to-end test adds it to a
/// generated service) checks the code every other resource gets.
/// </summary>
public sealed class ItemTemplateTests
{
    private static readonly string Items = Path.Combine(RepositoryRoot.Find(), "templates", "items");

    public static TheoryData<string> TemplateFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Items, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Items, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void EveryFieldRegion_HoldsWhatTheGeneratorWritesForTheSample(string file)
    {
        var text = File.ReadAllText(Path.Combine(Items, file));
        var sample = Naming.Parse(ResourceTemplate.SampleName, "resource");
        var fields = ResourceField.ParseAll(ResourceTemplate.SampleFields, ["code"], ["amount"]);
        var snippets = new ResourceSnippets(sample, fields);
        var enumField = fields.Single(f => f.Type == FieldType.Enum);

        foreach (var (kind, indent, body) in ResourceTemplate.Regions(text))
        {
            var expected = new StringBuilder();
            foreach (var line in snippets.Render(kind, enumField))
            {
                expected.Append(line.Length == 0 ? "" : indent + line).Append('\n');
            }

            Assert.True(expected.ToString() == body, $"{file}, region {kind}: the template holds\n{body}\nbut the generator writes\n{expected}");
        }
    }

    [Fact]
    public void EveryTemplate_HasItsRegionsInPairs()
    {
        foreach (var file in Directory.EnumerateFiles(Items, "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var opened = text.Split('\n').Count(line => line.TrimStart().StartsWith("// <fields:", StringComparison.Ordinal));
            Assert.Equal(opened, ResourceTemplate.Regions(text).Count());
        }
    }

    [Fact]
    public void Rendering_ForAnotherResource_LeavesNoSampleNameOrMarker()
    {
        var resource = Naming.Parse("order-line", "resource");
        var fields = ResourceField.ParseAll("quantity:int note:string? state:enum(open,closed) due:date", [], ["quantity"]);
        foreach (var owned in new[] { false, true })
        {
            var files = new ResourceTemplate("Shop", resource, fields, owned).RenderAll(Path.Combine(Items, "standard", "resource"));

            Assert.Contains(files, f => f.Path == "src/Shop/OrderLines/OrderLineState.cs");
            Assert.Contains(files, f => f.Path == "tests/Shop.Tests/OrderLines/OrderLinesApiTests.cs");
            foreach (var (path, content) in files)
            {
                foreach (var leftover in new[] { "GiftCard", "giftCard", "gift card", "gift-card", "gift_card", "Skeleton", "<fields:", "#if RAMPART", "#endif" })
                {
                    Assert.False(content.Contains(leftover, StringComparison.Ordinal), $"{path} (owned: {owned}) still has '{leftover}'");
                }
            }

            var service = files.Single(f => f.Path.EndsWith("OrderLineService.cs", StringComparison.Ordinal)).Content;
            Assert.Equal(owned, service.Contains("ICurrentUser caller", StringComparison.Ordinal));
            Assert.Contains("An order line", string.Concat(files.Select(f => f.Content)) + "An order line", StringComparison.Ordinal);
            Assert.DoesNotContain("A order line", string.Concat(files.Select(f => f.Content)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AKeywordResourceName_IsEscapedWhereItIsAVariable()
    {
        var resource = Naming.Parse("event", "resource");
        var fields = ResourceField.ParseAll("title:string", [], []);

        var files = new ResourceTemplate("Shop", resource, fields, owned: false).RenderAll(Path.Combine(Items, "standard", "resource"));
        var service = files.Single(f => f.Path.EndsWith("EventService.cs", StringComparison.Ordinal)).Content;

        Assert.Contains("var @event = new Event", service, StringComparison.Ordinal);
        Assert.DoesNotContain("var event ", service, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("standard", "tests/Shop.Tests/GiftVouchers/GiftVouchersApiTests.cs", "Shop.GiftVouchers", "ShopApp", "Shop.Tests.GiftVouchers")]
    [InlineData("vertical-slice", "tests/Shop.Tests/GiftVouchers/GiftVouchersApiTests.cs", "Shop.Features.GiftVouchers", "ServiceApp", "Shop.Tests.GiftVouchers")]
    [InlineData("modular-monolith", "tests/Shop.Tests/Billing/GiftVouchers/GiftVouchersApiTests.cs", "Shop.Modules.Billing.GiftVouchers", "ShopApp", "Shop.Tests.Billing.GiftVouchers")]
    [InlineData("clean", "tests/Shop.Tests/GiftVouchers/GiftVouchersApiTests.cs", "Shop.Domain.GiftVouchers", "ServiceApp", "Shop.Tests.GiftVouchers")]
    [InlineData("hexagonal", "tests/Shop.Tests/GiftVouchers/GiftVouchersApiTests.cs", "Shop.Core.GiftVouchers", "ServiceApp", "Shop.Tests.GiftVouchers")]
    public void SharedHttpTests_LandInEachPatternsTestsFolder_WithItsErrorsNamespaceAndFixture(string pattern, string path, string errors, string fixture, string testsNamespace)
    {
        var fields = ResourceField.ParseAll("title:string", [], []);
        var module = pattern == "modular-monolith" ? Naming.Parse("Billing", "module") : null;

        var files = new ResourceTemplate("Shop", Naming.Parse("gift-voucher", "resource"), fields, owned: false, module).RenderAll(Path.Combine(Items, pattern, "resource"));

        var (_, tests) = Assert.Single(files, f => f.Path.EndsWith("ApiTests.cs", StringComparison.Ordinal) && f.Path == path);
        Assert.Contains($"using {errors};\n", tests, StringComparison.Ordinal);
        Assert.Contains($"namespace {testsNamespace};\n", tests, StringComparison.Ordinal);
        Assert.Contains($"public sealed class GiftVouchersApiTests({fixture} app) : IClassFixture<{fixture}>", tests, StringComparison.Ordinal);
        Assert.Single(files, f => f.Path.EndsWith("ApiTests.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("standard", "tests/Shop.Tests/GiftVouchers/GiftVoucherRequestRulesTests.cs", "Shop.GiftVouchers")]
    [InlineData("vertical-slice", "tests/Shop.Tests/GiftVouchers/GiftVoucherRequestRulesTests.cs", "Shop.Features.GiftVouchers", "Shop.Features.GiftVouchers.CreateGiftVoucher", "Shop.Features.GiftVouchers.UpdateGiftVoucher")]
    [InlineData("modular-monolith", "tests/Shop.Tests/Billing/GiftVouchers/GiftVoucherRequestRulesTests.cs", "Shop.Modules.Billing.Features.CreateGiftVoucher", "Shop.Modules.Billing.Features.UpdateGiftVoucher", "Shop.Modules.Billing.GiftVouchers")]
    [InlineData("clean", "tests/Shop.Tests/GiftVouchers/GiftVoucherRequestRulesTests.cs", "Shop.Api.GiftVouchers", "Shop.Domain.GiftVouchers")]
    [InlineData("hexagonal", "tests/Shop.Tests/GiftVouchers/GiftVoucherRequestRulesTests.cs", "Shop.Adapters.Http.GiftVouchers", "Shop.Core.GiftVouchers")]
    public void SharedRulesTests_LandInEachPatternsTestsFolder_WithItsUsingsInOrder(string pattern, string path, params string[] usings)
    {
        var fields = ResourceField.ParseAll("title:string", [], []);
        var module = pattern == "modular-monolith" ? Naming.Parse("Billing", "module") : null;

        var files = new ResourceTemplate("Shop", Naming.Parse("gift-voucher", "resource"), fields, owned: false, module).RenderAll(Path.Combine(Items, pattern, "resource"));

        var (_, tests) = Assert.Single(files, f => f.Path.EndsWith("RequestRulesTests.cs", StringComparison.Ordinal));
        Assert.Equal(path, Assert.Single(files, f => f.Path.EndsWith("RequestRulesTests.cs", StringComparison.Ordinal)).Path);
        var expected = string.Concat(usings.Select(u => $"using {u};\n"));
        Assert.StartsWith($"using System.ComponentModel.DataAnnotations;\n{expected}\nnamespace ", tests, StringComparison.Ordinal);
        Assert.DoesNotContain("#if", tests, StringComparison.Ordinal);
    }
}
