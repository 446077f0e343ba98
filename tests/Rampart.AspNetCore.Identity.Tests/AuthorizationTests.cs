using System.Net;
using System.Net.Http.Json;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class AuthorizationTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityClient _client = fixture.Client;

    [Fact]
    public async Task AdminRoute_Customer_Returns403Forbidden()
    {
        var customer = await _client.NewSessionAsync();

        using var response = await _client.GetAsync("/api/v1/admin/ping", customer.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("identity.forbidden", await IdentityClient.ReadCodeAsync(response));
    }

    [Fact]
    public async Task AdminRoute_ConfiguredAdmin_Returns200()
    {
        var admin = await _client.SignInAsync(IdentityTestHost.AdminEmail, IdentityTestHost.AdminPassword);

        using var response = await _client.GetAsync("/api/v1/admin/ping", admin.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AdminRoute_Anonymous_Returns401()
    {
        using var response = await _client.GetAsync("/api/v1/admin/ping", accessToken: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OwnedResource_Owner_Returns200()
    {
        var owner = await _client.NewSessionAsync();
        var noteId = await CreateNoteAsync(owner);

        using var response = await _client.GetAsync($"/api/v1/notes/{noteId}", owner.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OwnedResource_Admin_Returns200()
    {
        var owner = await _client.NewSessionAsync();
        var noteId = await CreateNoteAsync(owner);
        var admin = await _client.SignInAsync(IdentityTestHost.AdminEmail, IdentityTestHost.AdminPassword);

        using var response = await _client.GetAsync($"/api/v1/notes/{noteId}", admin.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OwnedResource_NonOwner_Returns404LikeAMissingOne()
    {
        var owner = await _client.NewSessionAsync();
        var stranger = await _client.NewSessionAsync();
        var noteId = await CreateNoteAsync(owner);

        using var foreign = await _client.GetAsync($"/api/v1/notes/{noteId}", stranger.AccessToken);
        using var missing = await _client.GetAsync($"/api/v1/notes/{Guid.CreateVersion7()}", stranger.AccessToken);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("notes.note_not_found", await IdentityClient.ReadCodeAsync(foreign));
        Assert.Equal("notes.note_not_found", await IdentityClient.ReadCodeAsync(missing));
    }

    private async Task<Guid> CreateNoteAsync(IdentityClient.Session owner)
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/api/v1/notes", owner.AccessToken, JsonContent.Create(new { text = "mine" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((await IdentityClient.ReadJsonAsync(response)).GetProperty("data").GetProperty("id").GetString()!);
    }
}
