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
}
