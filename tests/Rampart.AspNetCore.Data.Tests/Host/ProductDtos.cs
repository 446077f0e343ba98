namespace Rampart.AspNetCore.Data.Tests.Host;

public sealed record CreateProduct(string Sku, string Name, decimal Price, int Stock);

public sealed record UpdateProduct(string? Name, decimal? Price, int? Stock);

public sealed record ProductResponse(
    Guid Id, string Sku, string Name, decimal Price, int Stock, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ProductResponse From(Product p) => new(p.Id, p.Sku, p.Name, p.Price, p.Stock, p.Version, p.CreatedAt, p.UpdatedAt);
}

public sealed record Envelope<T>(T Data);
