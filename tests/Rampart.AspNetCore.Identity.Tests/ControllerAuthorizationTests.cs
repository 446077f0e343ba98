using System.Net;
using System.Net.Http.Json;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>Policies, the current user and ownership for <c>[ApiController]</c> controllers, with real tokens.</summary>
public sealed class ControllerAuthorizationTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityClient _client = fixture.Client;

    [Fact]
    public async Task AdminPolicyAttribute_Customer_Returns403Forbidden()
    {
        var customer = await _client.NewSessionAsync();

        using var response = await _client.GetAsync("/api/v1/mvc/admin/ping", customer.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("identity.forbidden", await IdentityClient.ReadCodeAsync(response));
    }

    [Fact]
    public async Task AdminPolicyAttribute_ConfiguredAdmin_Returns200()
    {
        var admin = await _client.SignInAsync(IdentityTestHost.AdminEmail, IdentityTestHost.AdminPassword);

        using var response = await _client.GetAsync("/api/v1/mvc/admin/ping", admin.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/mvc/admin/ping")]
    [InlineData("/api/v1/mvc/me")]
    public async Task AuthorizeAttribute_Anonymous_Returns401Problem(string path)
    {
        using var response = await _client.GetAsync(path, accessToken: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CurrentUser_InAController_IsTheTokensSubject()
    {
        var session = await _client.NewSessionAsync();
        using var minimal = await _client.GetAsync("/api/v1/me", session.AccessToken);

        using var response = await _client.GetAsync("/api/v1/mvc/me", session.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = (await IdentityClient.ReadJsonAsync(minimal)).GetProperty("data").GetProperty("id").GetGuid();
        Assert.Equal(expected, (await IdentityClient.ReadJsonAsync(response)).GetProperty("data").GetGuid());
    }

    [Fact]
    public async Task OwnedResource_OwnerAndAdmin_Return200()
    {
        var owner = await _client.NewSessionAsync();
        var admin = await _client.SignInAsync(IdentityTestHost.AdminEmail, IdentityTestHost.AdminPassword);
        var noteId = await CreateNoteAsync(owner);

        using var byOwner = await _client.GetAsync($"/api/v1/mvc/notes/{noteId}", owner.AccessToken);
        using var byAdmin = await _client.GetAsync($"/api/v1/mvc/notes/{noteId}", admin.AccessToken);

        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
    }

    [Fact]
    public async Task OwnedResource_NonOwner_Returns404LikeAMissingOne()
    {
        var owner = await _client.NewSessionAsync();
        var stranger = await _client.NewSessionAsync();
        var noteId = await CreateNoteAsync(owner);

        using var foreign = await _client.GetAsync($"/api/v1/mvc/notes/{noteId}", stranger.AccessToken);
        using var missing = await _client.GetAsync($"/api/v1/mvc/notes/{Guid.CreateVersion7()}", stranger.AccessToken);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("notes.note_not_found", await IdentityClient.ReadCodeAsync(foreign));
        Assert.Equal("notes.note_not_found", await IdentityClient.ReadCodeAsync(missing));
    }

    private async Task<Guid> CreateNoteAsync(IdentityClient.Session owner)
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/api/v1/mvc/notes", owner.AccessToken, JsonContent.Create(new { text = "mine" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((await IdentityClient.ReadJsonAsync(response)).GetProperty("data").GetProperty("id").GetString()!);
    }
}
