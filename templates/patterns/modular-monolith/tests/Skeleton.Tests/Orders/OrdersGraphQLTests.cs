#if RAMPART_API_GRAPHQL
using System.Text.Json;
using Skeleton.Tests.Catalog;
using Skeleton.Tests.GraphQL;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Orders;

public sealed class OrdersGraphQLTests(ShopApp app) : IClassFixture<ShopApp>
{
    private const string PlaceOrder = """
        mutation Place($input: PlaceOrderInput!, $key: String!) { placeOrder(input: $input, idempotencyKey: $key) { id customerId status total items { productId quantity unitPrice } } }
        """;

    private const string CancelOrder = """
        mutation Cancel($id: ID!) { cancelOrder(id: $id) { id status } }
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

        var placed = (await customer.Client.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = tea.Id(), quantity = 2 } } }, key = NewKey() }))
            .Data().GetProperty("placeOrder");
        var read = await customer.Client.GetOrderAsync(placed.Id());

        Assert.Equal("pending", placed.Status());
        Assert.Equal(5m, placed.GetProperty("total").GetDecimal());
        Assert.Equal(placed.GetProperty("customerId").GetString(), read.GetProperty("customerId").GetString());
    }

    [Fact]
    public async Task PlaceOrder_SameKeyAndInputTwice_ReplaysTheFirstOrderAndPlacesOne()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(price: 2m)).Id();
        using var customer = await Customer.RegisterAsync(app);
        var variables = new { input = new { items = new[] { new { productId = tea, quantity = 1 } } }, key = NewKey() };

        var first = (await customer.Client.QueryAsync(PlaceOrder, variables)).Data().GetProperty("placeOrder");
        var again = (await customer.Client.QueryAsync(PlaceOrder, variables)).Data().GetProperty("placeOrder");
        var orders = (await customer.Client.QueryAsync("{ orders(first: 10) { edges { node { id } } } }")).Data().GetProperty("orders");

        Assert.Equal(first.Id(), again.Id());
        Assert.Equal(first.GetProperty("total").GetDecimal(), again.GetProperty("total").GetDecimal());
        Assert.Equal([first.Id()], orders.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").Id()));
    }

    [Fact]
    public async Task PlaceOrder_SameKeyOtherInput_IsKeyReusedAndPlacesNothingMore()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var customer = await Customer.RegisterAsync(app);
        var key = NewKey();
        var first = (await customer.Client.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = tea, quantity = 1 } } }, key }))
            .Data().GetProperty("placeOrder");

        var reused = await customer.Client.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = tea, quantity = 2 } } }, key });
        var orders = (await customer.Client.QueryAsync("{ orders(first: 10) { edges { node { id } } } }")).Data().GetProperty("orders");

        Assert.Equal("idempotency.key_reused", reused.ErrorCode());
        Assert.Equal(JsonValueKind.Null, reused.GetProperty("data").GetProperty("placeOrder").ValueKind);
        Assert.Equal([first.Id()], orders.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").Id()));
    }

    [Fact]
    public async Task PlaceOrder_OneKeyTwoCustomers_PlacesAnOrderForEach()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var one = await Customer.RegisterAsync(app);
        using var other = await Customer.RegisterAsync(app);
        var variables = new { input = new { items = new[] { new { productId = tea, quantity = 1 } } }, key = NewKey() };

        var first = (await one.Client.QueryAsync(PlaceOrder, variables)).Data().GetProperty("placeOrder");
        var second = (await other.Client.QueryAsync(PlaceOrder, variables)).Data().GetProperty("placeOrder");

        Assert.NotEqual(first.Id(), second.Id());
        Assert.NotEqual(first.GetProperty("customerId").GetString(), second.GetProperty("customerId").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    public async Task PlaceOrder_InvalidKey_IsKeyInvalid(string key)
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var customer = await Customer.RegisterAsync(app);

        var result = await customer.Client.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = tea, quantity = 1 } } }, key });

        Assert.Equal("idempotency.key_invalid", result.ErrorCode());
        Assert.True(result.SingleError().GetProperty("extensions").GetProperty("errors").TryGetProperty("idempotencyKey", out _));
    }

    [Fact]
    public async Task PlaceOrder_WithoutKey_IsRejectedBeforeAnythingRuns()
    {
        using var customer = await Customer.RegisterAsync(app);

        var result = await customer.Client.QueryAsync(
            "mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }",
            new { input = new { items = new[] { new { productId = Guid.CreateVersion7(), quantity = 1 } } } });

        Assert.Equal("graphql.invalid_document", result.ErrorCode());
        Assert.False(result.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task CancelOrder_Owner_CancelsWhatRestReads()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var owner = await Customer.RegisterAsync(app);
        var order = await owner.Client.PlaceOrderAsync((tea, 1));

        var cancelled = (await owner.Client.QueryAsync(CancelOrder, new { id = order.Id() })).Data().GetProperty("cancelOrder");
        var read = await owner.Client.GetOrderAsync(order.Id());

        Assert.Equal("cancelled", cancelled.Status());
        Assert.Equal("cancelled", read.Status());
    }

    [Fact]
    public async Task CancelOrder_Stranger_IsNullWithOrderNotFoundAndCancelsNothing()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var owner = await Customer.RegisterAsync(app);
        using var stranger = await Customer.RegisterAsync(app);
        var order = await owner.Client.PlaceOrderAsync((tea, 1));

        var result = await stranger.Client.QueryAsync(CancelOrder, new { id = order.Id() });
        var read = await owner.Client.GetOrderAsync(order.Id());

        Assert.Equal("orders.order_not_found", result.ErrorCode());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("cancelOrder").ValueKind);
        Assert.NotEqual("cancelled", read.Status());
    }

    [Fact]
    public async Task CancelOrder_Admin_CancelsAnyOrderAndTwiceIsInvalidState()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var owner = await Customer.RegisterAsync(app);
        var order = await owner.Client.PlaceOrderAsync((tea, 1));

        var cancelled = (await admin.QueryAsync(CancelOrder, new { id = order.Id() })).Data().GetProperty("cancelOrder");
        var again = await admin.QueryAsync(CancelOrder, new { id = order.Id() });

        Assert.Equal("cancelled", cancelled.Status());
        Assert.Equal("orders.invalid_state", again.ErrorCode());
    }

    [Fact]
    public async Task CancelOrder_UnknownId_IsOrderNotFound()
    {
        using var customer = await Customer.RegisterAsync(app);

        var result = await customer.Client.QueryAsync(CancelOrder, new { id = Guid.CreateVersion7() });

        Assert.Equal("orders.order_not_found", result.ErrorCode());
    }

    [Theory]
    [InlineData(0, "items[0].quantity")]
    [InlineData(1001, "items[0].quantity")]
    public async Task PlaceOrder_BreakingARule_IsInvalidOrderWithTheRestField(int quantity, string field)
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var customer = await Customer.RegisterAsync(app);

        var result = await customer.Client.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = tea, quantity } } }, key = NewKey() });
        var error = result.SingleError();

        Assert.Equal("orders.invalid_order", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(error.GetProperty("extensions").GetProperty("errors").TryGetProperty(field, out _), error.ToString());
    }

    [Fact]
    public async Task PlaceOrder_UnknownProduct_IsInvalidOrderNamingTheLine()
    {
        using var customer = await Customer.RegisterAsync(app);

        var result = await customer.Client.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = Guid.CreateVersion7(), quantity = 1 } } }, key = NewKey() });

        Assert.Equal("orders.invalid_order", result.ErrorCode());
        Assert.True(result.SingleError().GetProperty("extensions").GetProperty("errors").TryGetProperty("items[0].productId", out _));
    }

    [Fact]
    public async Task PlaceOrder_Anonymous_IsUnauthorized()
    {
        using var anonymous = app.CreateClient();

        var result = await anonymous.QueryAsync(PlaceOrder, new { input = new { items = new[] { new { productId = Guid.CreateVersion7(), quantity = 1 } } }, key = NewKey() });

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

    private static string NewKey() => Guid.NewGuid().ToString();
}
#endif
