using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.ValidateRequestBodiesAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class ValidateRequestBodiesAnalyzerTests
{
    [Fact]
    public Task MinimalApi_BodyWithoutValidation_Reports() => Verify.VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/orders", (PlaceOrder [|request|]) => Results.Accepted());
        app.MapPut("/orders/{id}", (Guid id, [Microsoft.AspNetCore.Mvc.FromBody] PlaceOrder [|body|]) => Results.NoContent());
        app.Run();

        record PlaceOrder(string Sku, int Quantity);
        """);

    [Fact]
    public Task Controller_FromBodyWithoutValidation_Reports() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;

        namespace Shop.Api;

        public record RenameCustomer(string Name);

        [ApiController]
        [Route("customers")]
        public sealed class CustomersController : ControllerBase
        {
            [HttpPost("{id}/rename")]
            public IActionResult Rename(Guid id, RenameCustomer [|request|]) => NoContent();
        }
        """);

    [Fact]
    public Task ValidatedBodies_DoNotReport() => Verify.VerifyAsync("""
        using System.ComponentModel.DataAnnotations;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/orders", (PlaceOrder request) => Results.Accepted());
        app.MapPost("/carts", (AddToCart request) => Results.Accepted());
        app.MapPost("/notes", (Note note) => Results.Accepted());
        app.MapPost("/lines", (Line line, LineValidator validator) => validator.Validate(line) ? Results.Accepted() : Results.BadRequest());
        app.Run();

        record PlaceOrder([property: Required, StringLength(32)] string Sku, [property: Range(1, 100)] int Quantity);

        sealed class AddToCart : IValidatableObject
        {
            public int Quantity { get; init; }
            public IEnumerable<ValidationResult> Validate(ValidationContext context) => [];
        }

        record Note(string Text);
        abstract class AbstractValidator<T>;
        sealed class NoteValidator : AbstractValidator<Note>;

        record Line(string Sku);
        sealed class LineValidator { public bool Validate(Line line) => line.Sku.Length > 0; }
        """);

    [Fact]
    public Task BodyOfBooleansOnly_DoesNotReport_ButOneMoreValueDoes() => Verify.VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPatch("/flags/{id}", (Guid id, UpdateFlag request) => Results.NoContent());
        app.MapPatch("/switches/{id}", (Guid id, UpdateSwitch request) => Results.NoContent());
        app.MapPatch("/labels/{id}", (Guid id, UpdateLabel [|request|]) => Results.NoContent());
        app.Run();

        record UpdateFlag(bool? Enabled, bool? Pinned);
        sealed class UpdateSwitch { public bool On { get; init; } }
        record UpdateLabel(bool? Enabled, string? Note);
        """);

    [Fact]
    public Task ServicesAndGets_DoNotReport() => Verify.VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/orders", (Filter filter) => Results.Ok());
        app.MapPost("/orders/{id}/ship", (Guid id, Shipper shipper, CancellationToken ct, HttpContext context) => Results.Accepted());
        app.MapPost("/orders/{id}/price", (Guid id, PriceCalculator calculator, Dispatcher dispatcher, Auditor auditor) => Results.Accepted());
        app.Run();

        record Filter(string? Status);
        interface IClock;
        sealed class Shipper(IClock clock) { public IClock Clock => clock; }
        sealed class PriceCalculator { public decimal Rate { get; set; } }
        sealed class Dispatcher { public void Dispatch() { } }
        sealed class Auditor(ILogger<Auditor> logger) { public ILogger Logger => logger; }
        """);

    [Fact]
    public Task ControllerWithoutApiControllerOrBodyAttribute_DoesNotReport() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;

        namespace Shop.Api;

        public record RenameCustomer(string Name);

        public sealed class CustomersController : Controller
        {
            [HttpPost("{id}/rename")]
            public IActionResult Rename(Guid id, RenameCustomer form) => NoContent();
        }
        """);

    [Fact]
    public Task RecordWithInterfaceTypedValues_IsABodyAndReports() => Verify.VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/products", (CreateProduct [|request|]) => Results.Accepted());
        app.MapPost("/imports", (ImportBatch [|batch|]) => Results.Accepted());
        app.MapPost("/audits", (AuditService service) => Results.Accepted());
        app.Run();

        record CreateProduct(string Name, IReadOnlyList<string> Tags);

        sealed class ImportBatch(IEnumerable<string> lines)
        {
            public IEnumerable<string> Lines { get; set; } = lines;
        }

        interface IClock;
        sealed class AuditService(IClock clock)
        {
            public IClock Clock { get; set; } = clock;
        }
        """);
}
