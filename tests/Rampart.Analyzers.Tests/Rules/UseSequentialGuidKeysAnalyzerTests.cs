using Rampart.Analyzers.Tests.Support;
using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.UseSequentialGuidKeysAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class UseSequentialGuidKeysAnalyzerTests
{
    [Fact]
    public Task NewGuidAsEntityKey_Reports() => Verify.VerifyAsync(("Orders/PlaceOrder.cs", """
        using Shop.Data;

        namespace Shop.Orders;

        public static class PlaceOrder
        {
            public static Order Create(Guid customerId) => new() { Id = [|Guid.NewGuid()|], CustomerId = customerId };

            public static void Assign(Customer customer) => customer.Id = [|Guid.NewGuid()|];
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task DomainProjectWithoutDbContext_ReportsKeysByName() => Verify.VerifyAsync("""
        using System.ComponentModel.DataAnnotations;

        namespace Shop.Domain;

        public sealed class Invoice(Guid id)
        {
            public Guid Id { get; } = id;
            public static Invoice Create() => new([|Guid.NewGuid()|]);
        }

        public sealed class Payment
        {
            [Key]
            public Guid Reference { get; init; } = [|Guid.NewGuid()|];
        }
        """);

    [Fact]
    public Task NonKeysAndVersion7_DoNotReport() => Verify.VerifyAsync(("Orders/PlaceOrder.cs", """
        using Shop.Data;

        namespace Shop.Orders;

        public sealed record OrderPlaced(Guid CorrelationToken);

        public sealed class Envelope { public Guid Id { get; set; } }

        public static class PlaceOrder
        {
            public static Order Create() => new() { Id = Guid.CreateVersion7(), CustomerId = Guid.NewGuid() };
            public static OrderPlaced Event() => new(Guid.NewGuid());
            public static Envelope Wrap() => new() { Id = Guid.NewGuid() };
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task StronglyTypedAndStringIds_Report() => Verify.VerifyAsync("""
        namespace Shop.Domain;

        public readonly record struct OrderId(Guid Value)
        {
            public static OrderId New() => new([|Guid.NewGuid()|]);
            public static OrderId From(Guid value) => new(value);
        }

        public sealed class Order
        {
            public OrderId Id { get; private set; } = OrderId.From([|Guid.NewGuid()|]);
            public static Order Create() => new() { Id = new OrderId([|Guid.NewGuid()|]) };
        }

        public sealed class Tenant
        {
            public string Id { get; set; } = [|Guid.NewGuid()|].ToString();
            public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString();
        }
        """);

    [Fact]
    public Task CorrelationAndRequestIds_DoNotReport() => Verify.VerifyAsync("""
        namespace Shop.Domain;

        public readonly record struct CorrelationId(Guid Value);
        public readonly record struct RequestId(Guid Value);

        public static class Tracing
        {
            public static CorrelationId Start() => new(Guid.NewGuid());
            public static RequestId Next() => new(Guid.NewGuid());
            public static string FileName() => Guid.NewGuid().ToString("N") + ".tmp";
        }
        """);
}
