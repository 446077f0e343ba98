using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class RegistrationTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityClient _client = fixture.Client;

    [Fact]
    public async Task Register_NewEmail_Returns201WithUuidV7IdAndEmail()
    {
        var email = IdentityClient.NewEmail();

        using var response = await _client.RegisterAsync(email);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var data = (await IdentityClient.ReadJsonAsync(response)).GetProperty("data");
        Assert.Equal(email, data.GetProperty("email").GetString());
        Assert.Equal(7, Guid.Parse(data.GetProperty("id").GetString()!).Version);
        Assert.Equal(2, data.EnumerateObject().Count());
    }

    [Fact]
    public async Task Register_SameEmailTwiceInAnyCase_Returns409EmailTaken()
    {
        var email = IdentityClient.NewEmail();
        (await _client.RegisterAsync(email)).EnsureSuccessStatusCode();

        using var response = await _client.RegisterAsync(email.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("identity.email_taken", await IdentityClient.ReadCodeAsync(response));
    }

    [Fact]
    public async Task Register_ConcurrentSameEmail_ExactlyOneSucceedsOthersGet409()
    {
        var email = IdentityClient.NewEmail();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.RegisterAsync(email)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal("identity.email_taken", await IdentityClient.ReadCodeAsync(response));
        }
    }

    [Theory]
    [InlineData("short1!")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("password123")]
    [InlineData("")]
    public async Task Register_WeakPassword_Returns400WithPasswordFieldError(string password)
    {
        using var response = await _client.RegisterAsync(IdentityClient.NewEmail(), password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("identity.weak_password", await IdentityClient.ReadCodeAsync(response));
        var errors = (await IdentityClient.ReadJsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Register_PasswordContainingEmailName_Returns400()
    {
        using var response = await _client.RegisterAsync("margaret.hamilton@shop.test", "Margaret.Hamilton-1969");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("identity.weak_password", await IdentityClient.ReadCodeAsync(response));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("two@@shop.test")]
    [InlineData("nodomain@localhost")]
    [InlineData(" spaced@shop.test")]
    [InlineData("Display Name <dn@shop.test>")]
    public async Task Register_BadEmail_Returns400InvalidEmail(string email)
    {
        using var response = await _client.RegisterAsync(email);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("identity.invalid_email", await IdentityClient.ReadCodeAsync(response));
    }

    [Fact]
    public async Task Register_EmailLongerThan254_Returns400()
    {
        using var response = await _client.RegisterAsync(new string('a', 250) + "@shop.test");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Register_UnknownJsonMember_Returns400()
    {
        using var response = await _client.Http.PostAsJsonAsync("/api/v1/auth/register",
            new { email = IdentityClient.NewEmail(), password = "Correct-Horse-42", role = "admin" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Register_MalformedJson_Returns400()
    {
        using var content = new StringContent("{\"email\":", Encoding.UTF8, "application/json");

        using var response = await _client.Http.PostAsync("/api/v1/auth/register", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Register_NewUser_GetsOnlyTheCustomerRole()
    {
        var session = await _client.NewSessionAsync();

        using var response = await _client.GetAsync("/api/v1/me", session.AccessToken);

        var roles = (await IdentityClient.ReadJsonAsync(response)).GetProperty("data").GetProperty("roles");
        Assert.Equal(["customer"], roles.EnumerateArray().Select(r => r.GetString()));
    }
}
