using Microsoft.CodeAnalysis;
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

    [Fact]
    public Task NewKeysCarriedByMessages_Report() => Verify.VerifyAsync("""
        namespace Shop.Web;

        public abstract class Command(Guid messageId)
        {
            public Guid MessageId { get; } = messageId;
        }

        public sealed class RegisterCustomer(Guid messageId, string customerId, string name) : Command(messageId)
        {
            public string CustomerId { get; } = customerId;
            public string Name { get; } = name;
        }

        public sealed class PlanJob(Guid messageId, Guid jobId) : Command(messageId)
        {
            public Guid JobId { get; } = jobId;
        }

        public interface INotification { }

        public sealed class ShipmentRequested : INotification
        {
            public Guid ShipmentId { get; init; }
        }

        public static class Commands
        {
            public static RegisterCustomer Register(string name) => new(Guid.NewGuid(), [|Guid.NewGuid()|].ToString("N"), name);
            public static PlanJob Plan() => new(Guid.NewGuid(), [|Guid.NewGuid()|]);
            public static ShipmentRequested Ship() => new() { ShipmentId = [|Guid.NewGuid()|] };
        }
        """);

    [Fact]
    public Task NewKeyCarriedByCommandWhoseBaseDidNotResolve_Reports() => Verify.VerifyAsync(SnippetReferences.All, ("Commands.cs", """
        using Pitstop.Infrastructure.Messaging;

        namespace Shop.Web;

        public sealed class RegisterVehicle : Command
        {
            public RegisterVehicle(Guid messageId, string licenseNumber, string ownerId) : base(messageId)
            {
                LicenseNumber = licenseNumber;
                OwnerId = ownerId;
            }

            public string LicenseNumber { get; }
            public string OwnerId { get; }
        }

        public static class Mappers
        {
            public static RegisterVehicle Register(string plate) => new(Guid.NewGuid(), plate, [|Guid.NewGuid()|].ToString());
        }
        """));

    [Fact]
    public Task MessageIdentitiesAndNonMessageMembers_DoNotReport() => Verify.VerifyAsync("""
        namespace Shop.Web;

        public sealed record OrderPlaced(Guid MessageId, Guid OrderId, Guid CorrelationId);

        public sealed class CommandBase
        {
            public Guid Id { get; init; }
            public Guid CausationId { get; init; }
        }

        public sealed class SpanEvent
        {
            public Guid ParentSpanId { get; init; }
        }

        public sealed class Report
        {
            public Guid OwnerId { get; init; }
        }

        public sealed class PlanJobCommandBuilder
        {
            public Guid JobId { get; set; }
        }

        public static class Messages
        {
            public static OrderPlaced Placed(Guid orderId) => new(Guid.NewGuid(), orderId, Guid.NewGuid());
            public static CommandBase Command() => new() { Id = Guid.NewGuid(), CausationId = Guid.NewGuid() };
            public static SpanEvent Span() => new() { ParentSpanId = Guid.NewGuid() };
            public static Report Report() => new() { OwnerId = Guid.NewGuid() };
            public static PlanJobCommandBuilder Builder() => new() { JobId = Guid.NewGuid() };
        }
        """);

    private const string BasketOrder = """
        namespace Shop.Basket;

        public sealed class Order
        {
            public string Id { get; set; } = "";
            public string BuyerId { get; set; } = "";
        }

        public sealed class OrderSubmittedEvent(Guid messageId, string orderId)
        {
            public Guid MessageId { get; } = messageId;
            public string OrderId { get; } = orderId;
        }

        public static class Checkout
        {
            public static Order Create(string buyer) => new() { Id = {0}.ToString(), BuyerId = buyer };
            public static OrderSubmittedEvent Submitted() => new(Guid.NewGuid(), [|Guid.NewGuid()|].ToString());
        }
        """;

    [Fact]
    public Task RedisOnlyProject_DoesNotReportDocumentIds() => Verify.VerifyAsync(
        SnippetReferences.Without("Microsoft.EntityFrameworkCore", "Dapper").Add(Redis),
        ("Checkout.cs", BasketOrder.Replace("{0}", "Guid.NewGuid()", StringComparison.Ordinal)));

    [Fact]
    public Task RedisBesideADatabase_ReportsIds() => Verify.VerifyAsync(
        SnippetReferences.Without("Microsoft.EntityFrameworkCore", "Dapper").Add(Redis).Add(SnippetReferences.Stub("Npgsql", "namespace Npgsql { public sealed class NpgsqlConnection { } }")),
        ("Checkout.cs", BasketOrder.Replace("{0}", "[|Guid.NewGuid()|]", StringComparison.Ordinal)));

    private static readonly MetadataReference Redis =
        SnippetReferences.Stub("StackExchange.Redis", "namespace StackExchange.Redis { public interface IDatabase { } }");
}
