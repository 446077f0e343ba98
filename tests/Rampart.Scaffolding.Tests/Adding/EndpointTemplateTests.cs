using System.Text;
using Rampart.Scaffolding.Adding;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// The endpoint item templates are real code for their sample (<c>Gadgets/RegisterGadget</c>, a customer's idempotent
/// POST on <c>/{gadgetId:guid}/registrations</c>): each route region holds exactly what the generator writes for the
/// sample, and rendered for any other endpoint no sample name, marker or template symbol is left.
/// </summary>
public sealed class EndpointTemplateTests
{
    private static readonly string Items = Path.Combine(RepositoryRoot.Find(), "templates", "items");
    private static readonly string[] Patterns = ["standard", "vertical-slice", "modular-monolith", "clean", "hexagonal"];

    public static TheoryData<string> TemplateFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Patterns.Select(p => Path.Combine(p, "endpoint")).Append(EndpointTemplate.SharedTestsFolder))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Items, folder), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Items, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void EveryRouteRegion_HoldsWhatTheGeneratorWritesForTheSample(string file)
    {
        var text = File.ReadAllText(Path.Combine(Items, file));
        var snippets = new EndpointTemplate.Snippets(Spec("gadgets/register-gadget", "POST", "/{gadgetId:guid}/registrations", "customer", idempotent: true, 1), "gadgets");

        foreach (var (kind, indent, body) in EndpointTemplate.Regions(text))
        {
            var modifiers = body.TrimStart().Contains("sealed record", StringComparison.Ordinal) ? body.TrimStart()[..body.TrimStart().IndexOf("sealed record", StringComparison.Ordinal)] : "";
            var expected = new StringBuilder();
            foreach (var line in snippets.Render(kind, modifiers))
            {
                expected.Append(indent).Append(line).Append('\n');
            }

            Assert.True(expected.ToString() == body, $"{file}, region {kind}: the template holds\n{body}\nbut the generator writes\n{expected}");
        }
    }

    [Theory]
    [InlineData("standard", "GET", "/{code}", "anonymous", false, 1)]
    [InlineData("standard", "PATCH", "/{orderId:guid}/lines/{line:int}", "admin", true, 2)]
    [InlineData("vertical-slice", "DELETE", "", "customer", false, 2)]
    [InlineData("vertical-slice", "PUT", "/{year:long}", "admin", true, 1)]
    [InlineData("modular-monolith", "POST", "/", "anonymous", false, 1)]
    [InlineData("modular-monolith", "GET", "/{id:guid}/summary", "admin", false, 3)]
    [InlineData("modular-monolith", "GET", "/{code}", "anonymous", false, 1)]
    [InlineData("clean", "POST", "/{id:guid}/lines", "customer", true, 1)]
    [InlineData("clean", "GET", "/summary/{year:int}", "anonymous", false, 2)]
    [InlineData("clean", "DELETE", "/", "admin", false, 1)]
    [InlineData("hexagonal", "PUT", "/{code}", "admin", true, 1)]
    [InlineData("hexagonal", "GET", "", "customer", false, 2)]
    [InlineData("hexagonal", "PATCH", "/{id:long}", "anonymous", false, 1)]
    public void Rendering_ForAnotherEndpoint_LeavesNoSampleNameMarkerOrSymbol(string pattern, string method, string route, string auth, bool idempotent, int version)
    {
        var spec = Spec("order-desk/place-order", method, route, auth, idempotent, version);
        var module = pattern == "modular-monolith" ? Naming.Parse("billing", "module") : null;

        var fixture = pattern is "standard" or "modular-monolith" ? "ShopApp" : "ServiceApp";
        var files = new EndpointTemplate("Shop", spec, "order-desk", module, fixture).RenderAll(Path.Combine(Items, pattern, "endpoint"), newArea: true);

        Assert.Contains(files, f => f.Path.EndsWith("PlaceOrderTests.cs", StringComparison.Ordinal));
        Assert.Equal(spec.HasBody, files.Any(f => f.Path.EndsWith("PlaceOrderRequest.cs", StringComparison.Ordinal)));
        foreach (var (path, content) in files)
        {
            foreach (var leftover in new[] { "Gadget", "gadget", "Inventory", "Skeleton", "registrations", "<route:", "#if", "#else", "#endif", "RAMPART_ITEM" })
            {
                Assert.False(content.Contains(leftover, StringComparison.Ordinal) || path.Contains(leftover, StringComparison.Ordinal), $"{path} ({method} {route}) still has '{leftover}'");
            }
        }

        // A route with values documents its 404 (the API-docs checklist); a module is a class library without the web
        // SDK's implicit usings, so the status codes need their using there.
        var (_, endpoint) = files.Single(f => f.Path.EndsWith(pattern == "standard" ? "PlaceOrderController.cs" : "PlaceOrderEndpoint.cs", StringComparison.Ordinal));
        Assert.Equal(spec.Route.Parameters.Count > 0, endpoint.Contains("Status404NotFound", StringComparison.Ordinal));
        if (pattern == "modular-monolith")
        {
            Assert.Equal(endpoint.Contains("StatusCodes.", StringComparison.Ordinal), endpoint.Contains("using Microsoft.AspNetCore.Http;\n", StringComparison.Ordinal));
        }

        var (testPath, test) = files.Single(f => f.Path.EndsWith("PlaceOrderTests.cs", StringComparison.Ordinal));
        Assert.Equal($"tests/Shop.Tests/{module?.Pascal ?? "OrderDesk"}/PlaceOrderTests.cs", testPath);
        Assert.Contains($"({fixture} app) : IClassFixture<{fixture}>", test, StringComparison.Ordinal);
        Assert.Contains($"HttpMethod.{spec.MethodName}", test, StringComparison.Ordinal);
        Assert.Contains($"\"/api/v{version}/order-desk{spec.Route.Sample()}\"", test, StringComparison.Ordinal);
        Assert.Equal(auth != "anonymous", test.Contains("Returns401", StringComparison.Ordinal));
        Assert.Equal(auth == "admin", test.Contains("Returns403", StringComparison.Ordinal));
        Assert.Equal(idempotent, test.Contains("idempotency.key_required", StringComparison.Ordinal));
    }

    [Fact]
    public void Standard_ALaterVersion_GoesToItsVersionFolderWithTheVersionDeclared()
    {
        var spec = Spec("catalog/get-price", "GET", "/{id:guid}/price", "anonymous", idempotent: false, 2);

        var files = new EndpointTemplate("Shop", spec, "products").RenderAll(Path.Combine(Items, "standard", "endpoint"), newArea: false);
        var controller = files.Single(f => f.Path == "src/Shop/Catalog/V2/GetPriceController.cs").Content;

        Assert.Contains("namespace Shop.Catalog.V2;", controller, StringComparison.Ordinal);
        Assert.Contains("[ApiVersion(\"2\")]", controller, StringComparison.Ordinal);
        Assert.Contains("[Route(\"api/v{version:apiVersion}/products\")]", controller, StringComparison.Ordinal);
        Assert.Contains("[HttpGet(\"{id:guid}/price\", Name = \"GetPrice\")]", controller, StringComparison.Ordinal);
        Assert.Contains("public DataEnvelope<GetPriceResponse> GetPrice(Guid id)", controller, StringComparison.Ordinal);
        Assert.Contains("tests/Shop.Tests/Catalog/GetPriceTests.cs", files.Select(f => f.Path));
    }

    [Fact]
    public void VerticalSlice_AnExistingArea_GetsNoFeatureFile()
    {
        var spec = Spec("catalog/get-price", "GET", "/{id:guid}/price", "anonymous", idempotent: false, 1);

        var files = new EndpointTemplate("Shop", spec, "products").RenderAll(Path.Combine(Items, "vertical-slice", "endpoint"), newArea: false);
        var endpoint = files.Single(f => f.Path == "src/Shop/Features/Catalog/GetPrice/GetPriceEndpoint.cs").Content;

        Assert.DoesNotContain(files, f => f.Path.EndsWith("CatalogFeature.cs", StringComparison.Ordinal));
        Assert.Contains("catalog.MapGet(\"/{id:guid}/price\", Handle)", endpoint, StringComparison.Ordinal);
        Assert.Contains("private static Ok<DataEnvelope<GetPriceResponse>> Handle(Guid id, TimeProvider time)", endpoint, StringComparison.Ordinal);
        Assert.Contains(".AllowAnonymous()", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_AUseCaseWithABody_IsACommandCheckedByTheUseCaseAndAnEndpointCallingIt()
    {
        var spec = Spec("gift-vouchers/redeem-voucher", "POST", "/{voucherId:guid}/redemptions", "customer", idempotent: true, 1);

        var files = new EndpointTemplate("Shop", spec, "gift-vouchers", fixture: "ServiceApp").RenderAll(Path.Combine(Items, "clean", "endpoint"), newArea: false).ToDictionary(f => f.Path, f => f.Content);

        Assert.Equal(
            [
                "src/Shop.Api/GiftVouchers/RedeemVoucherEndpoint.cs", "src/Shop.Api/GiftVouchers/RedeemVoucherRequest.cs",
                "src/Shop.Application/GiftVouchers/RedeemVoucher/RedeemVoucherCommand.cs", "src/Shop.Application/GiftVouchers/RedeemVoucher/RedeemVoucherDto.cs",
                "src/Shop.Application/GiftVouchers/RedeemVoucher/RedeemVoucherHandler.cs", "src/Shop.Application/GiftVouchers/RedeemVoucher/RedeemVoucherValidation.cs",
                "tests/Shop.Tests/GiftVouchers/RedeemVoucherTests.cs",
            ],
            files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("public sealed record RedeemVoucherCommand(Guid VoucherId, string? Name);", files["src/Shop.Application/GiftVouchers/RedeemVoucher/RedeemVoucherCommand.cs"], StringComparison.Ordinal);
        var handler = files["src/Shop.Application/GiftVouchers/RedeemVoucher/RedeemVoucherHandler.cs"];
        Assert.Contains("if (!user.IsInRole(Roles.Customer))", handler, StringComparison.Ordinal);
        Assert.Contains("if (RedeemVoucherValidation.Validate(command) is { } invalid)", handler, StringComparison.Ordinal);
        Assert.Contains("return new RedeemVoucherDto(command.VoucherId, command.Name!, time.GetUtcNow());", handler, StringComparison.Ordinal);
        var endpoint = files["src/Shop.Api/GiftVouchers/RedeemVoucherEndpoint.cs"];
        Assert.Contains(".RequireAuthorization(RampartPolicies.Customer)", endpoint, StringComparison.Ordinal);
        Assert.Contains("var result = useCase.Handle(new RedeemVoucherCommand(voucherId, request.Name));", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void Hexagonal_ANewArea_GetsItsPortUseCaseAndRouteGroup()
    {
        var spec = Spec("reports/get-year-summary", "GET", "/summary/{year:int}", "anonymous", idempotent: false, 2);

        var files = new EndpointTemplate("Shop", spec, "reports", fixture: "ServiceApp").RenderAll(Path.Combine(Items, "hexagonal", "endpoint"), newArea: true).ToDictionary(f => f.Path, f => f.Content);

        Assert.Contains("Result<GetYearSummaryOutcome> Handle(int year);", files["src/Shop.Core/Reports/Ports/IGetYearSummary.cs"], StringComparison.Ordinal);
        var useCase = files["src/Shop.Core/Reports/UseCases/GetYearSummary.cs"];
        Assert.Contains("public sealed class GetYearSummary(TimeProvider time) : IGetYearSummary", useCase, StringComparison.Ordinal);
        Assert.Contains("return new GetYearSummaryOutcome(year, time.GetUtcNow());", useCase, StringComparison.Ordinal);
        Assert.DoesNotContain("NameMaxLength", useCase, StringComparison.Ordinal);
        var group = files["src/Shop.Adapters.Http/Reports/ReportsEndpoints.cs"];
        Assert.Contains("var reports = api.MapGroup($\"{ApiVersionRoutes.Prefix}/reports\").HasApiVersion(2);", group, StringComparison.Ordinal);
        Assert.Contains("reports.MapGetYearSummary();", group, StringComparison.Ordinal);
        Assert.Contains("var result = useCase.Handle(year);", files["src/Shop.Adapters.Http/Reports/GetYearSummaryEndpoint.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain(files.Keys, f => f.EndsWith("Request.cs", StringComparison.Ordinal));
    }

    private static EndpointSpec Spec(string name, string method, string route, string auth, bool idempotent, int version) =>
        EndpointSpec.Parse(EndpointSpecTests.Request(name, method, route, auth, idempotent, version));
}
