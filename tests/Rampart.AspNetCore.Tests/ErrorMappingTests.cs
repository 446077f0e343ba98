using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class ErrorMappingTests
{
    [Theory]
    [InlineData(ErrorKind.Validation, 400)]
    [InlineData(ErrorKind.Unauthorized, 401)]
    [InlineData(ErrorKind.Forbidden, 403)]
    [InlineData(ErrorKind.NotFound, 404)]
    [InlineData(ErrorKind.Conflict, 409)]
    [InlineData(ErrorKind.PreconditionFailed, 412)]
    [InlineData(ErrorKind.Unprocessable, 422)]
    [InlineData(ErrorKind.PreconditionRequired, 428)]
    [InlineData(ErrorKind.TooManyRequests, 429)]
    [InlineData(ErrorKind.Unavailable, 503)]
    [InlineData(ErrorKind.Unexpected, 500)]
    public void ErrorStatusCodes_EachKind_MapsToItsStatus(ErrorKind kind, int status) =>
        Assert.Equal(status, ErrorStatusCodes.For(kind));

    [Fact]
    public void Result_Success_MatchesTheValue()
    {
        Result<int> result = 42;

        Assert.True(result.IsSuccess);
        Assert.Equal(42, result.Value);
        Assert.Equal("42", result.Match(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), e => e.Code));
    }

    [Fact]
    public void Result_OfNothing_IsSuccessOrTheErrorItWasGiven()
    {
        var conflict = Error.Conflict("orders.invalid_state", "Already cancelled.");

        Result failed = conflict;

        Assert.True(Result.Success().IsSuccess);
        Assert.Null(Result.Success().Error);
        Assert.False(failed.IsSuccess);
        Assert.Same(conflict, failed.Error);
    }

    [Fact]
    public void Result_Failure_CarriesTheErrorAndRefusesTheValue()
    {
        var result = Result.Failure<int>(Error.Conflict("orders.invalid_state", "Already cancelled."));

        Assert.False(result.IsSuccess);
        Assert.Equal("orders.invalid_state", result.Error.Code);
        var exception = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("orders.invalid_state", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_FromAnEndpoint_RendersValueOrProblem()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var found = await client.GetAsync("/api/v1/widgets/by-name/known");
        using var missing = await client.GetAsync("/api/v1/widgets/by-name/other");

        Assert.Equal(200, (int)found.StatusCode);
        var problem = await ProblemJson.ReadAsync(missing, 404);
        Assert.Equal("catalog.widget_not_found", problem.GetProperty("code").GetString());
        Assert.Equal("No widget is named other.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ProblemDetailsBlock_UsedAlone_RendersErrorsAndUnknownRoutes()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddRampartProblemDetails();
        await using var app = builder.Build();
        app.UseRampartProblemDetails();
        app.MapGet("/gone", () => Error.NotFound("things.gone", "It is gone.").ToProblemResult());
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var gone = await client.GetAsync("/gone");
        using var nowhere = await client.GetAsync("/nowhere");

        var problem = await ProblemJson.ReadAsync(gone, StatusCodes.Status404NotFound);
        Assert.Equal("things.gone", problem.GetProperty("code").GetString());
        using var body = JsonDocument.Parse(await nowhere.Content.ReadAsStringAsync());
        Assert.Equal("http.not_found", body.RootElement.GetProperty("code").GetString());
        await app.StopAsync();
    }
}
