using System.Net;
using System.Text.Json;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Catalog;

/// <summary>Shortcuts for the catalog routes used by several tests.</summary>
internal static class CatalogClient
{
    public const string Products = "/api/v1/products";

    public static string NewSku() => "SKU-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    public static async Task<JsonElement> CreateProductAsync(this HttpClient admin, string? sku = null, decimal price = 9.99m, int stock = 10)
    {
        using var response = await admin.PostJsonAsync(Products, new { sku = sku ?? NewSku(), name = "Green tea", price, stock });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("data");
    }

    public static Dictionary<string, string> IfMatch(long version) => new() { ["If-Match"] = $"\"{version}\"" };
}
