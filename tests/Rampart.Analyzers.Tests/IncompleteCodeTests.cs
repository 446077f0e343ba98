using Rampart.Analyzers.Tests.Support;

namespace Rampart.Analyzers.Tests;

/// <summary>In the IDE the rules run on half-typed code; none may throw there.</summary>
public class IncompleteCodeTests
{
    public static TheoryData<string> Fragments =>
    [
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/orders", (Shop.Data.ShopDb db) => db.Orders.
        """,
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/orders", Missing.Handler).RequireAuthorization(
        app.MapPost(
        """,
        """
        namespace Shop.Orders;
        public static class Loop
        {
            public static void Run(Shop.Data.ShopDb db, int[] ids)
            {
                foreach (var id in ) { db.SaveChanges( }
                while (db.Orders.Count() > ) { }
            }
        }
        """,
        """
        namespace Shop.Modules.Billing;
        public sealed class Invoicing(ILogger<Invoicing> logger)
        {
            public async void Run(Unknown x) { logger.LogInformation($"{x"); Console.WriteLine(x.Result; }
            public string Secret = "Password=
        }
        """,
        """
        using Microsoft.AspNetCore.Mvc;
        namespace Shop.Api;
        public sealed class OrdersController : ControllerBase
        {
            [HttpPost("x")]
            public IActionResult Post(Unknown body) { try { } catch (Exception ex) { return Problem(ex.Message }
        }
        #pragma warning disable RMP
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Rampart", )]
        """,
    ];

    [Theory]
    [MemberData(nameof(Fragments))]
    public async Task AllRules_OnIncompleteCode_DoNotThrow(string fragment)
    {
        var sources = new[]
        {
            MarkupSource.Parse(AnalyzerVerifier<AllRules>.ProjectDirectory + "Fragment.cs", fragment),
            MarkupSource.Parse(AnalyzerVerifier<AllRules>.ProjectDirectory + Snippets.ModelPath, Snippets.Model),
        };

        // RunAsync fails the test on AD0001 (an analyzer exception); the diagnostics themselves are not the point here.
        var diagnostics = await AnalyzerVerifier<AllRules>.RunAsync(sources, specificOptions: null, allowCompileErrors: true);

        Assert.All(diagnostics, d => Assert.StartsWith("RMP", d.Id, StringComparison.Ordinal));
    }
}
