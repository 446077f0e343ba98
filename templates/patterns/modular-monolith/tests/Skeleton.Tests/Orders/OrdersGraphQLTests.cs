#if RAMPART_API_GRAPHQL
using System.Text.Json;
using Skeleton.Tests.Catalog;
using Skeleton.Tests.GraphQL;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Orders;

public sealed class OrdersGraphQLTests(ShopApp app) : IClassFixture<ShopApp>
{
    private const string PlaceOrder = """
        mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { id customerId status total items { productId quantity unitPrice } } }
        """;

    private const string OrderById = """
        query One($id: ID!) { order(id: $id) { id status items { quantity product { id sku name } } } }
        """;

    [Fact]
    public async Task PlaceOrder_Customer_PlacesAPendingOrderThatRestReads()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = await admin.CreateProductAsync(price: 2.5m);
        using var customer = await Customer.RegisterAsync(app);

        var placed = (await customer.Client.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = tea.Id(), quantity = 2 } } } }))
            .Data().GetProperty("placeOrder");
        var read = await customer.Client.GetOrderAsync(placed.Id());

        Assert.Equal("pending", placed.Status());
        Assert.Equal(5m, placed.GetProperty("total").GetDecimal());
        Assert.Equal(placed.GetProperty("customerId").GetString(), read.GetProperty("customerId").GetString());
    }

    [Theory]
    [InlineData(0, "items[0].quantity")]
    [InlineData(1001, "items[0].quantity")]
    public async Task PlaceOrder_BreakingARule_IsInvalidOrderWithTheRestField(int quantity, string field)
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var customer = await Customer.RegisterAsync(app);

        var result = await customer.Client.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = tea, quantity } } } });
        var error = result.SingleError();

        Assert.Equal("orders.invalid_order", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(error.GetProperty("extensions").GetProperty("errors").TryGetProperty(field, out _), error.ToString());
    }

    [Fact]
    public async Task PlaceOrder_UnknownProduct_IsInvalidOrderNamingTheLine()
    {
        using var customer = await Customer.RegisterAsync(app);

        var result = await customer.Client.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = Guid.CreateVersion7(), quantity = 1 } } } });

        Assert.Equal("orders.invalid_order", result.ErrorCode());
        Assert.True(result.SingleError().GetProperty("extensions").GetProperty("errors").TryGetProperty("items[0].productId", out _));
    }

    [Fact]
    public async Task PlaceOrder_Anonymous_IsUnauthorized()
    {
        using var anonymous = app.CreateClient();

        var result = await anonymous.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = Guid.CreateVersion7(), quantity = 1 } } } });

        Assert.Equal("http.unauthorized", result.ErrorCode());
    }

    [Fact]
    public async Task Order_Owner_ReadsItsItemsWithTheirProducts()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = await admin.CreateProductAsync();
        using var owner = await Customer.RegisterAsync(app);
        var order = await owner.Client.PlaceOrderAsync((tea.Id(), 3));

        var read = (await owner.Client.QueryAsync(OrderById, new { id = order.Id() })).Data().GetProperty("order");
        var item = Assert.Single(read.GetProperty("items").EnumerateArray());

        Assert.Equal(3, item.GetProperty("quantity").GetInt32());
        Assert.Equal(tea.GetProperty("sku").GetString(), item.GetProperty("product").GetProperty("sku").GetString());
    }

    [Fact]
    public async Task Order_Stranger_IsNullWithOrderNotFoundAndAdminReadsIt()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var owner = await Customer.RegisterAsync(app);
        using var stranger = await Customer.RegisterAsync(app);
        var order = await owner.Client.PlaceOrderAsync((tea, 1));

        var strangers = await stranger.Client.QueryAsync(OrderById, new { id = order.Id() });
        var admins = (await admin.QueryAsync(OrderById, new { id = order.Id() })).Data().GetProperty("order");

        Assert.Equal("orders.order_not_found", strangers.ErrorCode());
        Assert.Equal(JsonValueKind.Null, strangers.GetProperty("data").GetProperty("order").ValueKind);
        Assert.Equal(order.Id(), admins.Id());
    }

    [Fact]
    public async Task Orders_Customer_PagesOnlyItsOwnOrdersNewestFirst()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 100)).Id();
        using var owner = await Customer.RegisterAsync(app);
        using var other = await Customer.RegisterAsync(app);
        var placed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            placed.Insert(0, (await owner.Client.PlaceOrderAsync((tea, 1))).Id());
        }

        await other.Client.PlaceOrderAsync((tea, 1));
        const string page = "query Page($after: String) { orders(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }";

        var first = (await owner.Client.QueryAsync(page, new { after = (string?)null })).Data().GetProperty("orders");
        var second = (await owner.Client.QueryAsync(page, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data().GetProperty("orders");
        var ids = first.GetProperty("edges").EnumerateArray().Concat(second.GetProperty("edges").EnumerateArray()).Select(edge => edge.GetProperty("node").Id());

        Assert.Equal(placed, ids);
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Orders_Anonymous_IsUnauthorized()
    {
        using var anonymous = app.CreateClient();

        var result = await anonymous.QueryAsync("{ orders(first: 1) { edges { node { id } } } }");

        Assert.Equal("http.unauthorized", result.ErrorCode());
    }
}
#endif
