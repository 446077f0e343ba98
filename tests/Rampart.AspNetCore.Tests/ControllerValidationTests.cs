using System.Text.Json;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

/// <summary>The validation gate for <c>[ApiController]</c> controllers: the same answers as for minimal APIs.</summary>
public sealed class ControllerValidationTests
{
    private const string Minimal = "/api/v1/widgets";
    private const string Controller = "/api/v1/mvc/widgets";
    private const string WholeNumber = "Expected a whole number from -2147483648 to 2147483647.";
    private const string UnsafeText = "This text may not contain a NUL character or an unpaired surrogate.";

    [Theory]
    [InlineData("""{"name":"ok","quantity":1,"colour":"red"}""", "colour", "This field is not part of the request schema.")]
    [InlineData("""{"name":"ok","quantity":"1"}""", "quantity", WholeNumber)]
    [InlineData("""{"name":"ok","quantity":1.5}""", "quantity", WholeNumber)]
    [InlineData("""{"name":"ok","quantity":null}""", "quantity", "This field may not be null.")]
    [InlineData("""{"name":12,"quantity":1}""", "name", "Expected a string.")]
    [InlineData("""{"name":null,"quantity":1}""", "name", "This field may not be null.")]
    [InlineData("""{"quantity":1}""", "name", "This field is required.")]
    [InlineData("""{"name":"ok","name":"other","quantity":1}""", "name", "This field appears more than once; send it once.")]
    [InlineData("""{"name":"a\u0000b","quantity":1}""", "name", UnsafeText)]
    [InlineData("""{"name":"ok","quantity":1,"note":"\u0000"}""", "note", UnsafeText)]
    [InlineData("""{"name":"a\ud800b","quantity":1}""", "name", UnsafeText)]
    public async Task Body_BreakingTheSchema_Answers400WithTheFieldAsMinimalApisDo(string json, string field, string message)
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        var controller = await PostProblemAsync(client, Controller, json);
        var minimal = await PostProblemAsync(client, Minimal, json);

        Assert.Equal("validation.failed", controller.GetProperty("code").GetString());
        Assert.Equal([message], controller.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(minimal.GetProperty("errors").GetRawText(), controller.GetProperty("errors").GetRawText());
        Assert.Equal(minimal.GetProperty("detail").GetString(), controller.GetProperty("detail").GetString());
        Assert.DoesNotContain("Rampart.AspNetCore.Tests", controller.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"ok","quantity":1""")]
    [InlineData("""not json""")]
    [InlineData("""{"name":"ok","quantity":1} trailing""")]
    public async Task Body_MalformedJson_Answers400(string json)
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        var problem = await PostProblemAsync(client, Controller, json);

        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        var messages = problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(e => e.GetString());
        Assert.True(messages.Contains("The body is not well-formed JSON."), problem.GetRawText());
    }

    [Fact]
    public async Task Body_Empty_Answers400Problem()
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        var problem = await PostProblemAsync(client, Controller, string.Empty);

        Assert.Equal("http.bad_request", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Body_BreakingRules_Answers400WithTheMinimalApiFieldErrors()
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();
        const string json = """{"name":"x","quantity":1000}""";

        var controller = await PostProblemAsync(client, Controller, json);
        var minimal = await PostProblemAsync(client, Minimal, json);

        Assert.Equal("validation.failed", controller.GetProperty("code").GetString());
        var errors = controller.GetProperty("errors");
        Assert.Equal(["name", "quantity"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(
            minimal.GetProperty("errors").EnumerateObject().OrderBy(p => p.Name).Select(p => p.Value.GetRawText()),
            errors.EnumerateObject().OrderBy(p => p.Name).Select(p => p.Value.GetRawText()));
    }

    [Fact]
    public async Task Body_Valid_IsAcceptedInTheEnvelope()
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        using var response = await client.PostAsync(Controller, ProblemJson.Json("""{"name":"tea \ud83c\udf75","quantity":3,"note":null}"""));

        Assert.Equal(201, (int)response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("tea \U0001F375", body.RootElement.GetProperty("data").GetProperty("name").GetString());
        Assert.Single(body.RootElement.EnumerateObject());
    }

    [Fact]
    public async Task Body_OfAnotherMediaType_Answers415Problem()
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        using var response = await client.PostAsync(Controller, new StringContent("name=ok", System.Text.Encoding.UTF8, "text/plain"));

        var problem = await ProblemJson.ReadAsync(response, 415);
        Assert.Equal("http.unsupported_media_type", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("search?limit=abc", "The value is not valid for this parameter.")]
    [InlineData("search?limit=99999999999", "The value is not valid for this parameter.")]
    [InlineData("search", "This parameter is required.")]
    public async Task QueryValue_MissingOrOfWrongType_Answers400NamingItAsMinimalApisDo(string path, string message)
    {
        await using var host = await SampleHost.StartAsync(controllers: true);
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"{Controller}/{path}");

        var problem = await ProblemJson.ReadAsync(response, 400);
        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        Assert.Equal([message], problem.GetProperty("errors").GetProperty("limit").EnumerateArray().Select(e => e.GetString()));
    }

    private static async Task<JsonElement> PostProblemAsync(HttpClient client, string path, string json)
    {
        using var response = await client.PostAsync(path, ProblemJson.Json(json));
        return await ProblemJson.ReadAsync(response, 400);
    }
}
