using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Tests.Sample;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

/// <summary>Errors, authorization and rate limits for <c>[ApiController]</c> controllers.</summary>
public sealed class ControllerProblemDetailsTests
{
    private const string Controller = "/api/v1/mvc/widgets";

    [Fact]
    public async Task ErrorToActionResult_NotFound_Answers404WithTheErrorCode()
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"{Controller}/{Guid.CreateVersion7()}");

        var problem = await ProblemJson.ReadAsync(response, 404);
        Assert.Equal("catalog.widget_not_found", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("known", 200)]
    [InlineData("unknown", 404)]
    public async Task ResultToActionResult_ValueOrError_AnswersTheValueOrTheProblem(string name, int status)
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"{Controller}/by-name/{name}");

        if (status == 200)
        {
            Assert.Equal(200, (int)response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("known", body.RootElement.GetProperty("data").GetProperty("name").GetString());
        }
        else
        {
            var problem = await ProblemJson.ReadAsync(response, status);
            Assert.Equal("catalog.widget_not_found", problem.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task ErrorToActionResult_WithRetryAfter_SendsTheHeaderInWholeSeconds()
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"{Controller}/busy");

        var problem = await ProblemJson.ReadAsync(response, 503);
        Assert.Equal("billing.busy", problem.GetProperty("code").GetString());
        Assert.Equal("8", response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task Action_Throwing_Answers500WithoutTheExceptionMessage()
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"{Controller}/throw");

        var problem = await ProblemJson.ReadAsync(response, 500);
        Assert.Equal("error.unexpected", problem.GetProperty("code").GetString());
        Assert.DoesNotContain("secret", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ControllerBaseNotFound_Answers404ProblemWithTheEdgeMembers()
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"{Controller}/missing");

        var problem = await ProblemJson.ReadAsync(response, 404);
        Assert.Equal("http.not_found", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(null, 401, "http.unauthorized")]
    [InlineData("customer", 403, "http.forbidden")]
    public async Task AuthorizeAttribute_WithoutTheRole_AnswersProblem(string? roles, int status, string code)
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Controller}/admin");
        if (roles is not null)
        {
            request.Headers.Add(TestAuthenticationHandler.UserHeader, "someone");
            request.Headers.Add(TestAuthenticationHandler.RolesHeader, roles);
        }

        using var response = await client.SendAsync(request);

        var problem = await ProblemJson.ReadAsync(response, status);
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Controller_AnonymousCalls_CountAgainstTheGlobalLimitUntil429()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: 2), controllers: true);
        using var client = host.CreateClient();

        var statuses = await StatusesAsync(client, $"{Controller}/{Guid.Empty}", 3);

        Assert.Equal([200, 200, 429], statuses);
    }

    [Fact]
    public async Task DisableRateLimitingAttribute_IsNeverLimited()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: 1), controllers: true);
        using var client = host.CreateClient();

        var statuses = await StatusesAsync(client, $"{Controller}/unlimited", 3);

        Assert.Equal([200, 200, 200], statuses);
    }

    [Fact]
    public async Task EnableRateLimitingAttribute_AppliesTheNamedPolicyWithTheSameProblem()
    {
        await using var host = await SampleHost.StartAsync(
            settings: Limits(anonymous: 100),
            services: s => s.AddRateLimiter(o => o.AddFixedWindowLimiter(WidgetsController.LimitedPolicy, w =>
            {
                w.PermitLimit = 1;
                w.Window = TimeSpan.FromMinutes(10);
            })),
            controllers: true);
        using var client = host.CreateClient();

        var statuses = await StatusesAsync(client, $"{Controller}/limited", 2);
        using var response = await client.GetAsync($"{Controller}/limited");

        Assert.Equal([200, 429], statuses);
        var problem = await ProblemJson.ReadAsync(response, 429);
        Assert.Equal("http.rate_limited", problem.GetProperty("code").GetString());
    }

    private static Dictionary<string, string?> Limits(int anonymous) => new()
    {
        ["Rampart:RateLimiting:Anonymous:PermitLimit"] = anonymous.ToString(CultureInfo.InvariantCulture),
        ["Rampart:RateLimiting:Anonymous:Window"] = "00:10:00",
    };

    private static async Task<List<int>> StatusesAsync(HttpClient client, string path, int count)
    {
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAsync(path);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}
