using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task UnhandledException_InProduction_Answers500WithoutMessageOrStack()
    {
        await using var host = await SampleHost.StartAsync("Production");
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/throw");

        var problem = await ProblemJson.ReadAsync(response, 500);
        var body = problem.GetRawText();
        Assert.Equal("error.unexpected", problem.GetProperty("code").GetString());
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SampleEndpoints", body, StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("exception", out _));
        Assert.Contains(host.Logs.Entries, log => log.EventId.Id == 1102 && log.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task ClassifiedException_RegisteredAfterTheDefaults_AnswersItsError()
    {
        // Registered after AddRampartProblemDetails: classifiers do not depend on registration order.
        await using var host = await SampleHost.StartAsync(
            "Production",
            services: services => services.AddSingleton<IExceptionClassifier, InvalidOperationClassifier>());
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/throw");

        var problem = await ProblemJson.ReadAsync(response, 503);
        Assert.Equal("sample.dependency_down", problem.GetProperty("code").GetString());
        Assert.Equal("The sample dependency is down.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnhandledException_InDevelopment_ShowsMessageAndStack()
    {
        await using var host = await SampleHost.StartAsync("Development");
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/throw");

        var problem = await ProblemJson.ReadAsync(response, 500);
        Assert.Equal("secret connection string leaked", problem.GetProperty("detail").GetString());
        var exception = problem.GetProperty("exception");
        Assert.Equal("System.InvalidOperationException", exception.GetProperty("type").GetString());
        Assert.Contains("SampleEndpoints", exception.GetProperty("stackTrace").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedErrorResult_InProduction_HidesItsDetail()
    {
        await using var host = await SampleHost.StartAsync("Production");
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/errors/unexpected");

        var problem = await ProblemJson.ReadAsync(response, 500);
        Assert.Equal("billing.ledger_broken", problem.GetProperty("code").GetString());
        Assert.DoesNotContain("ledger row", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnedError_MapsKindToStatusWithItsCodeAndDetail()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/errors/conflict");

        var problem = await ProblemJson.ReadAsync(response, 409);
        Assert.Equal("catalog.sku_taken", problem.GetProperty("code").GetString());
        Assert.Equal("The SKU is taken.", problem.GetProperty("detail").GetString());
        Assert.Equal("Conflict", problem.GetProperty("title").GetString());
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.10", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ReturnedError_WithRetryAfter_SendsItInWholeSecondsInHeaderAndBody()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/errors/busy");

        var problem = await ProblemJson.ReadAsync(response, 503);
        Assert.Equal(TimeSpan.FromSeconds(8), response.Headers.RetryAfter?.Delta);
        Assert.Equal(8, problem.GetProperty("retryAfter").GetInt64());
        Assert.Equal("billing.busy", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ErrorResult_NotFound_AnswersProblemWithItsCode()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"/api/v1/widgets/{Guid.CreateVersion7()}");

        var problem = await ProblemJson.ReadAsync(response, 404);
        Assert.Equal("catalog.widget_not_found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task UnknownRoute_Answers404Problem()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/nowhere");

        var problem = await ProblemJson.ReadAsync(response, 404);
        Assert.Equal("http.not_found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task WrongMethod_Answers405Problem()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.DeleteAsync("/throw");

        var problem = await ProblemJson.ReadAsync(response, 405);
        Assert.Equal("http.method_not_allowed", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task WrongMediaType_Answers415Problem()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var content = new StringContent("name=x", new MediaTypeHeaderValue("text/plain"));
        using var response = await client.PostAsync("/api/v1/widgets", content);

        var problem = await ProblemJson.ReadAsync(response, 415);
        Assert.Equal("http.unsupported_media_type", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unauthenticated_ToProtectedEndpoint_Answers401Problem()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/protected");

        var problem = await ProblemJson.ReadAsync(response, 401);
        Assert.Equal("http.unauthorized", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AuthenticatedWithoutTheRole_Answers403Problem()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add(TestAuthenticationHandler.UserHeader, "carol");
        request.Headers.Add(TestAuthenticationHandler.RolesHeader, "customer");

        using var response = await client.SendAsync(request);

        var problem = await ProblemJson.ReadAsync(response, 403);
        Assert.Equal("http.forbidden", problem.GetProperty("code").GetString());
    }

    private sealed class InvalidOperationClassifier : IExceptionClassifier
    {
        public Error? Classify(Exception exception, HttpContext context) =>
            exception is InvalidOperationException
                ? new Error("sample.dependency_down", ErrorKind.Unavailable, "The sample dependency is down.")
                : null;
    }
}
