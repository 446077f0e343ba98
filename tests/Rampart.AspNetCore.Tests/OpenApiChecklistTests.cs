using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.OpenApi;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

/// <summary>
/// The seeds' API-docs checklist (auth requirements, error payloads, rate limits, examples) on the sample service's
/// document, and <see cref="OpenApiChecklist"/> finding each kind of gap in a document that misses it.
/// </summary>
public sealed class OpenApiChecklistTests
{
    private static readonly Dictionary<string, string?> Limits = new(StringComparer.Ordinal)
    {
        ["Rampart:RateLimiting:Anonymous:PermitLimit"] = "30",
        ["Rampart:RateLimiting:Authenticated:PermitLimit"] = "500",
        ["Rampart:RateLimiting:Roles:admin:PermitLimit"] = "5000",
    };

    [Fact]
    public async Task Operations_CarryTheirAccess_RolesAnd401And403WhereTheyApply()
    {
        var paths = (await DocumentAsync())["paths"]!;

        var admin = paths["/admin"]!["get"]!;
        Assert.Equal("""[{"Bearer":["admin"]}]""", admin["security"]!.ToJsonString());
        Assert.NotNull(admin["responses"]!["401"]);
        Assert.NotNull(admin["responses"]!["403"]);
        Assert.Contains("**Access:** a signed-in caller with the admin role", admin["description"]!.GetValue<string>(), StringComparison.Ordinal);

        var signedIn = paths["/protected"]!["get"]!;
        Assert.Equal("""[{"Bearer":[]}]""", signedIn["security"]!.ToJsonString());
        Assert.NotNull(signedIn["responses"]!["401"]);
        Assert.Null(signedIn["responses"]!["403"]);

        var open = paths["/api/v1/widgets"]!["post"]!;
        Assert.Equal("[{}]", open["security"]!.ToJsonString());
        Assert.Null(open["responses"]!["401"]);
        Assert.Contains("**Access:** anyone", open["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operations_CarryTheConfiguredRateLimits_AndExemptOnesSaySo()
    {
        var paths = (await DocumentAsync())["paths"]!;

        var limit = paths["/api/v1/widgets"]!["post"]!["x-rate-limit"]!;
        Assert.True(limit["limited"]!.GetValue<bool>());
        var rules = limit["rules"]!.AsArray().Select(r => $"{r!["caller"]} {r["partition"]} {r["permitLimit"]} {r["window"]}").ToList();
        Assert.Equal(["anonymous client IP 30 PT1M", "authenticated user 500 PT1M", "role:admin user 5000 PT1M"], rules);
        var tooMany = paths["/api/v1/widgets"]!["post"]!["responses"]!["429"]!;
        Assert.Equal("integer", tooMany["headers"]!["Retry-After"]!["schema"]!["type"]!.GetValue<string>());
        Assert.Contains("30 requests per minute per client IP", paths["/api/v1/widgets"]!["post"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);

        var exempt = paths["/exempt"]!["get"]!;
        Assert.False(exempt["x-rate-limit"]!["limited"]!.GetValue<bool>());
        Assert.Contains("**Rate limit:** none", exempt["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_ParametersAndProblems_HaveExamplesThatKeepTheirSchemasRules()
    {
        var paths = (await DocumentAsync())["paths"]!;

        var create = paths["/api/v1/widgets"]!["post"]!;
        var request = create["requestBody"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal("Example name", request["name"]!.GetValue<string>());
        var quantity = request["quantity"]!.GetValue<long>();
        Assert.InRange(quantity, 1, 100);
        var created = create["responses"]!["201"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal("0193b5c4-7c1e-7a51-9d2f-3c5e8a1b2c3d", created["data"]!["id"]!.GetValue<string>());
        var invalid = create["responses"]!["400"]!["content"]!["application/problem+json"]!["example"]!;
        Assert.Equal("validation.failed", invalid["code"]!.GetValue<string>());
        Assert.NotNull(invalid["errors"]);

        var get = paths["/api/v1/widgets/{id}"]!["get"]!;
        Assert.Equal("0193b5c4-7c1e-7a51-9d2f-3c5e8a1b2c3d", get["parameters"]![0]!["example"]!.GetValue<string>());
        var tooMany = get["responses"]!["429"]!["content"]!["application/problem+json"]!["example"]!;
        Assert.Equal(429, tooMany["status"]!.GetValue<int>());
        Assert.Equal("http.rate_limited", tooMany["code"]!.GetValue<string>());
        Assert.Equal("/api/v1/widgets/{id}", tooMany["instance"]!.GetValue<string>());
    }

    [Fact]
    public async Task Checklist_PassesACompleteOperation_AndNamesWhatAnIncompleteOneMisses()
    {
        var document = await DocumentAsync();

        var gaps = OpenApiChecklist.Check(document.ToJsonString());

        Assert.DoesNotContain(gaps, g => g.StartsWith("POST /api/v1/widgets:", StringComparison.Ordinal));
        Assert.DoesNotContain(gaps, g => g.StartsWith("GET /admin:", StringComparison.Ordinal));
        Assert.Contains("GET /api/v1/widgets/{id}: its path has parameters, but no 404 response", gaps);
    }

    [Theory]
    [InlineData("security", "no security requirement")]
    [InlineData("responses.401", "secured, but no 401 response")]
    [InlineData("responses.403", "requires a role, but no 403 response")]
    [InlineData("responses.404", "its path has parameters, but no 404 response")]
    [InlineData("responses.500", "no 500 response")]
    [InlineData("responses.200", "no success (2xx) response")]
    [InlineData("responses.412", "takes If-Match, but no 412 response")]
    [InlineData("responses.422", "takes Idempotency-Key, but no 422 response")]
    [InlineData("responses.429.headers", "rate limited, but no 429 response with a Retry-After header")]
    [InlineData("responses.404.content", "the 404 response is not application/problem+json with a schema")]
    [InlineData("x-rate-limit", "no x-rate-limit")]
    [InlineData("requestBody.content.application/json.example", "the request body (application/json) has no example")]
    [InlineData("responses.200.content.application/json.example", "the 200 response (application/json) has no example")]
    [InlineData("parameters.0.example", "the parameter id has no example")]
    public void Checklist_NamesEachMissingPart(string removed, string gap)
    {
        var document = CompleteDocument();
        Assert.Empty(OpenApiChecklist.Check(document.ToJsonString()));

        Remove(document["paths"]!["/orders/{id}"]!["patch"]!, removed);

        var gaps = OpenApiChecklist.Check(document.ToJsonString());
        Assert.Contains(gaps, g => g.StartsWith($"PATCH /orders/{{id}}: {gap}", StringComparison.Ordinal));
    }

    [Fact]
    public void Checklist_RefusesASchemeTheDocumentDoesNotDeclare()
    {
        var document = CompleteDocument();
        document["components"]!["securitySchemes"]!.AsObject().Remove("Bearer");

        Assert.Contains("PATCH /orders/{id}: security names the scheme Bearer, which components.securitySchemes does not declare", OpenApiChecklist.Check(document.ToJsonString()));
    }

    private static async Task<JsonNode> DocumentAsync()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits, endpoints: app => app.MapGet("/exempt", () => TypedResults.Ok("free")).DisableRateLimiting());
        using var client = host.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
    }

    private static void Remove(JsonNode operation, string dotted)
    {
        var parts = dotted.Split('.');
        var parent = parts[..^1].Aggregate(operation, (node, part) => node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!);
        parent.AsObject().Remove(parts[^1]);
    }

    private static JsonObject CompleteDocument()
    {
        static JsonObject Problem(string code) => new()
        {
            ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject(), ["example"] = new JsonObject { ["code"] = code } } },
        };

        var responses = new JsonObject
        {
            ["200"] = new JsonObject { ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject(), ["example"] = new JsonObject() } } },
        };
        foreach (var status in new[] { "400", "401", "403", "404", "409", "412", "422", "428", "500" })
        {
            responses[status] = Problem($"code.{status}");
        }

        responses["429"] = Problem("http.rate_limited");
        responses["429"]!["headers"] = new JsonObject { ["Retry-After"] = new JsonObject() };
        var operation = new JsonObject
        {
            ["security"] = JsonNode.Parse("""[{"Bearer":["admin"]}]"""),
            ["parameters"] = JsonNode.Parse("""
                [{"name":"id","in":"path","example":"0193b5c4-7c1e-7a51-9d2f-3c5e8a1b2c3d"},
                 {"name":"If-Match","in":"header","example":"\"3\""},
                 {"name":"Idempotency-Key","in":"header","example":"k"}]
                """),
            ["requestBody"] = new JsonObject { ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject(), ["example"] = new JsonObject() } } },
            ["responses"] = responses,
            ["x-rate-limit"] = new JsonObject { ["limited"] = true },
        };
        return new JsonObject
        {
            ["paths"] = new JsonObject { ["/orders/{id}"] = new JsonObject { ["patch"] = operation } },
            ["components"] = new JsonObject { ["securitySchemes"] = new JsonObject { ["Bearer"] = new JsonObject() } },
        };
    }
}
