using Rampart.Scaffolding.Adding;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>What <c>rampart add endpoint</c> accepts and how it normalises it: the names, the method, the route, the caller, the version.</summary>
public sealed class EndpointSpecTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("/", "")]
    [InlineData("summary", "/summary")]
    [InlineData("/Summary/", "/summary")]
    [InlineData("{id:guid}/cancel", "/{id:guid}/cancel")]
    [InlineData("/{OrderId:GUID}/lines/{line:int}", "/{orderId:guid}/lines/{line:int}")]
    [InlineData("/by-code/{code}", "/by-code/{code}")]
    public void Route_IsNormalised(string typed, string expected) =>
        Assert.Equal(expected, EndpointRoute.Parse(typed).Template);

    [Fact]
    public void Route_Parameters_HaveTheirTypesAndSampleValues()
    {
        var route = EndpointRoute.Parse("/{orderId:guid}/lines/{line:int}/{big:long}/{code}");

        Assert.Equal(["Guid", "int", "long", "string"], route.Parameters.Select(p => p.ClrType));
        Assert.Equal("/0190f7c1-5b7e-7b4e-9c3a-2d4f6a8b1c0e/lines/42/4200000000/sample", route.Sample());
    }

    [Theory]
    [InlineData("/a//b", "has an empty segment")]
    [InlineData("/orders?x=1", "has a query or fragment")]
    [InlineData("/{id:datetime}", "is not a parameter rampart add endpoint can bind")]
    [InlineData("/{id}.json", "is not a parameter rampart add endpoint can bind")]
    [InlineData("/{*rest}", "is not a parameter rampart add endpoint can bind")]
    [InlineData("/spaced out", "has characters a route cannot carry")]
    [InlineData("/..", "has characters a route cannot carry")]
    [InlineData("/{id}/{ID:int}", "names the parameter 'iD' twice")]
    [InlineData("/{version:int}", "the parameter name 'version' is reserved")]
    public void Route_Garbage_IsRefusedSayingWhy(string typed, string problem)
    {
        var error = Assert.Throws<ScaffoldingException>(() => EndpointRoute.Parse(typed));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.Fix));
    }

    [Fact]
    public void Spec_NormalisesTheNamesAndDefaultsToACustomersEndpointInVersion1()
    {
        var spec = EndpointSpec.Parse(Request("order-desk/place_order", "post", "/"));

        Assert.Equal("OrderDesk", spec.Area.Pascal);
        Assert.Equal("PlaceOrder", spec.UseCase.Pascal);
        Assert.Equal("POST", spec.Method);
        Assert.Equal("Post", spec.MethodName);
        Assert.Equal("customer", spec.Auth);
        Assert.Equal(1, spec.Version);
        Assert.True(spec.HasBody);
    }

    [Theory]
    [InlineData("orders", "POST", null, false, 1, "is not <Area>/<UseCase>")]
    [InlineData("orders/place/now", "POST", null, false, 1, "is not <Area>/<UseCase>")]
    [InlineData("orders/", "POST", null, false, 1, "is not <Area>/<UseCase>")]
    [InlineData("orders/9lives", "POST", null, false, 1, "starts with a digit")]
    [InlineData("orders/task", "POST", null, false, 1, "The name 'Task' is reserved")]
    [InlineData("orders/orders", "POST", null, false, 1, "has the area's name")]
    [InlineData("orders/place", "FETCH", null, false, 1, "--method 'FETCH' is not an HTTP method")]
    [InlineData("orders/place", "POST", "root", false, 1, "--auth 'root' is not a caller")]
    [InlineData("orders/get", "GET", null, true, 1, "--idempotent with GET")]
    [InlineData("orders/remove", "DELETE", null, true, 1, "--idempotent with DELETE")]
    [InlineData("orders/place", "POST", null, false, 0, "--version 0 is not an API version")]
    [InlineData("orders/place", "POST", null, false, 10, "--version 10 is not an API version")]
    public void Spec_BadInput_IsRefusedSayingWhy(string name, string method, string? auth, bool idempotent, int version, string problem)
    {
        var error = Assert.Throws<ScaffoldingException>(() => EndpointSpec.Parse(Request(name, method, "/", auth, idempotent, version)));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    internal static AddEndpointRequest Request(string name, string method, string? route, string? auth = null, bool idempotent = false, int version = 1, string solution = ".", bool dryRun = true) =>
        new(solution, name, method, route, auth, idempotent, version, dryRun, Force: false);
}
