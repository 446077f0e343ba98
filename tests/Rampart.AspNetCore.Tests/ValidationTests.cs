using System.Text.Json;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class ValidationTests
{
    private const string WholeNumber = "Expected a whole number from -2147483648 to 2147483647.";
    private const string UnsafeText = "This text may not contain a NUL character or an unpaired surrogate.";

    [Theory]
    [InlineData("""{"name":"ok","quantity":1,"colour":"red"}""", "colour", "This field is not part of the request schema.")]
    [InlineData("""{"name":"ok","quantity":"1"}""", "quantity", WholeNumber)]
    [InlineData("""{"name":"ok","quantity":1.5}""", "quantity", WholeNumber)]
    [InlineData("""{"name":"ok","quantity":true}""", "quantity", WholeNumber)]
    [InlineData("""{"name":"ok","quantity":[1]}""", "quantity", WholeNumber)]
    [InlineData("""{"name":"ok","quantity":{}}""", "quantity", WholeNumber)]
    [InlineData("""{"name":"ok","quantity":1e400}""", "quantity", WholeNumber)]
    [InlineData("""{"name":"ok","quantity":9223372036854775808}""", "quantity", WholeNumber)]
    [InlineData("""{"name":"ok","quantity":null}""", "quantity", "This field may not be null.")]
    [InlineData("""{"name":12,"quantity":1}""", "name", "Expected a string.")]
    [InlineData("""{"name":null,"quantity":1}""", "name", "This field may not be null.")]
    [InlineData("""{"quantity":1}""", "name", "This field is required.")]
    [InlineData("""{"name":"ok","name":"other","quantity":1}""", "name", "This field appears more than once; send it once.")]
    [InlineData("""{"name":"ok","quantity":1,"quantity":2}""", "quantity", "This field appears more than once; send it once.")]
    [InlineData("""{"name":"a\u0000b","quantity":1}""", "name", UnsafeText)]
    [InlineData("""{"name":"ok","quantity":1,"note":"\u0000"}""", "note", UnsafeText)]
    [InlineData("""{"name":"a\ud800b","quantity":1}""", "name", UnsafeText)]
    [InlineData("""{"name":"a\udc00b","quantity":1}""", "name", UnsafeText)]
    [InlineData("""{"name":"ab\ud800","quantity":1}""", "name", UnsafeText)]
    public async Task Body_BreakingTheSchema_Answers400WithTheField(string json, string field, string message)
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/v1/widgets", ProblemJson.Json(json));

        var problem = await ProblemJson.ReadAsync(response, 400);
        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal([message], errors.GetProperty(field).EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("Rampart.AspNetCore.Tests", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"ok","quantity":1""")]
    [InlineData("""{"name":"ok",,}""")]
    [InlineData("""not json""")]
    [InlineData("""{"name":"ok","quantity":1} trailing""")]
    public async Task Body_MalformedJson_Answers400(string json)
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/v1/widgets", ProblemJson.Json(json));

        var problem = await ProblemJson.ReadAsync(response, 400);
        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        var messages = problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(e => e.GetString());
        Assert.True(messages.Contains("The body is not well-formed JSON."), problem.GetRawText());
    }

    [Fact]
    public async Task Body_PairedSurrogateEscape_IsAcceptedAsTheCharacter()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/v1/widgets", ProblemJson.Json("""{"name":"tea \ud83c\udf75","quantity":1}"""));

        Assert.Equal(201, (int)response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("tea \U0001F375", body.RootElement.GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Body_Empty_Answers400()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/v1/widgets", ProblemJson.Json(""));

        await ProblemJson.ReadAsync(response, 400);
    }

    [Fact]
    public async Task Body_BreakingRules_Answers400WithEveryFieldError()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/v1/widgets", ProblemJson.Json("""{"name":"x","quantity":1000}"""));

        var problem = await ProblemJson.ReadAsync(response, 400);
        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.EnumerateObject().Count() == 2, errors.GetRawText());
        Assert.True(errors.TryGetProperty("name", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("quantity", out _), errors.GetRawText());
    }

    [Fact]
    public async Task RouteValue_OfWrongType_IsNotFoundNot500()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/api/v1/widgets/not-a-guid");

        await ProblemJson.ReadAsync(response, 404);
    }

    [Fact]
    public async Task Body_Valid_IsAcceptedInTheEnvelope()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/v1/widgets", ProblemJson.Json("""{"name":"gear","quantity":3,"note":null}"""));

        Assert.Equal(201, (int)response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = body.RootElement.GetProperty("data");
        Assert.Equal("gear", data.GetProperty("name").GetString());
        Assert.Equal(3, data.GetProperty("quantity").GetInt32());
        Assert.Single(body.RootElement.EnumerateObject());
    }

    [Theory]
    [InlineData("/api/v1/widgets/search?limit=abc", "The value is not valid for this parameter.")]
    [InlineData("/api/v1/widgets/search?limit=99999999999", "The value is not valid for this parameter.")]
    [InlineData("/api/v1/widgets/search", "This parameter is required.")]
    public async Task QueryValue_MissingOrOfWrongType_Answers400NamingIt(string path, string message)
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(path);

        var problem = await ProblemJson.ReadAsync(response, 400);
        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        Assert.Equal([message], problem.GetProperty("errors").GetProperty("limit").EnumerateArray().Select(e => e.GetString()));
    }
}
