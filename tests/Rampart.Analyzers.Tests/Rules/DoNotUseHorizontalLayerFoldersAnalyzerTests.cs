using Rampart.Analyzers.Rules;
using Rampart.Analyzers.Tests.Support;
using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotUseHorizontalLayerFoldersAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotUseHorizontalLayerFoldersAnalyzerTests
{
    [Fact]
    public Task LayerFoldersBesideFeatures_ReportOncePerFolder() => Verify.VerifyAsync(
        ("Features/Orders/PlaceOrder.cs", "namespace Shop.Features.Orders; public static class PlaceOrder;"),
        ("Services/PricingService.cs", "namespace Shop.Services; public sealed class [|PricingService|];"),
        ("Services/TaxService.cs", "namespace Shop.Services; public sealed class TaxService;"),
        ("Repositories/OrderRepository.cs", "namespace Shop.Repositories; public sealed class [|OrderRepository|];"));

    [Fact]
    public Task LayeredProjectWithoutSlices_DoesNotReport() => Verify.VerifyAsync(
        ("Controllers/OrdersController.cs", "namespace Shop.Controllers; public sealed class OrdersController;"),
        ("Services/PricingService.cs", "namespace Shop.Services; public sealed class PricingService;"));

    [Fact]
    public Task LayerFoldersInsideSlices_DoNotReport() => Verify.VerifyAsync(
        ("Modules/Orders/Services/PricingService.cs", "namespace Shop.Modules.Orders.Services; public sealed class PricingService;"),
        ("Modules/Billing/Invoice.cs", "namespace Shop.Modules.Billing; public sealed class Invoice;"));

    [Fact]
    public async Task ProjectDirectoryFromMsBuild_DecidesTheTopLevel()
    {
        // With the project at /src/Shop/Api/, "Services" is top-level there; from the common directory of the files
        // (/src/Shop/, which also holds obj/) the only top-level folder is "Api".
        var root = AnalyzerVerifier<DoNotUseHorizontalLayerFoldersAnalyzer>.ProjectDirectory;
        var sources = new[]
        {
            MarkupSource.Parse(root + "Api/Features/Orders/PlaceOrder.cs", "namespace Shop.Features.Orders; public static class PlaceOrder;"),
            MarkupSource.Parse(root + "Api/Services/PricingService.cs", "namespace Shop.Services; public sealed class PricingService;"),
        };

        var withProjectDir = await AnalyzerVerifier<DoNotUseHorizontalLayerFoldersAnalyzer>.RunAsync(
            sources, specificOptions: null, buildProperties: new Dictionary<string, string> { ["ProjectDir"] = root + "Api/" });
        var withoutProjectDir = await AnalyzerVerifier<DoNotUseHorizontalLayerFoldersAnalyzer>.RunAsync(sources, specificOptions: null);

        var location = Assert.Single(withProjectDir).Location;
        Assert.Equal("PricingService", location.SourceTree!.GetText().ToString(location.SourceSpan));
        Assert.Empty(withoutProjectDir);
    }
}
