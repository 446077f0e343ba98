using System.Net;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests;

/// <summary>Without a signing key, cursors are protected with Data Protection and stay tamper-evident.</summary>
public sealed class CursorDataProtectionTests
{
    [Fact]
    public async Task List_NoSigningKey_CursorsWorkAndTamperingIs400()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = await ShopHost.StartAsync(
            database.ConnectionString, settings: new Dictionary<string, string?> { ["Rampart:Pagination:SigningKey"] = string.Empty });
        for (var i = 0; i < 3; i++)
        {
            await host.Client.CreateProductAsync(Http.UniqueSku());
        }

        using var first = await host.Client.GetAsync("/products?limit=2");
        var cursor = (await first.BodyAsync()).GetProperty("meta").GetProperty("nextCursor").GetString()!;
        using var second = await host.Client.GetAsync($"/products?limit=2&cursor={cursor}");
        var tampered = cursor[..10] + (cursor[10] == 'A' ? 'B' : 'A') + cursor[11..];
        using var forged = await host.Client.GetAsync($"/products?limit=2&cursor={tampered}");

        Assert.DoesNotContain('.', cursor);
        Assert.Equal(1, (await second.BodyAsync()).GetProperty("data").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("pagination.invalid_cursor", await forged.ProblemCodeAsync());
    }
}
