using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Pagination;

namespace Rampart.AspNetCore.Data.Tests;

/// <summary><c>PageRequest.Create</c> applies binding's checks to a limit and cursor that arrive as plain values.</summary>
public sealed class PageRequestCreateTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddRampartCursorPagination(o => o.SigningKey = Convert.ToBase64String(new byte[32]))
        .BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Create_LimitOutsideOneToMax_RejectedWithTheLimitCode(int limit)
    {
        var rejected = Assert.Throws<RejectedRequestException>(() => PageRequest.Create(_services, limit, null));

        Assert.Equal(PageRequest.InvalidLimitCode, rejected.Error.Code);
    }

    [Fact]
    public void Create_ForgedCursor_RejectedWithTheCursorCode()
    {
        var rejected = Assert.Throws<RejectedRequestException>(() => PageRequest.Create(_services, 20, "forged"));

        Assert.Equal(PageRequest.InvalidCursorCode, rejected.Error.Code);
    }

    [Fact]
    public void Create_CursorThisServiceIssued_KeepsLimitCursorAndPayload()
    {
        var cursor = _services.GetRequiredService<CursorProtector>().Protect([1, 2, 3]);

        var request = PageRequest.Create(_services, 5, cursor);

        Assert.Equal((5, cursor), (request.Limit, request.Cursor));
        Assert.Equal([1, 2, 3], request.Payload);
    }
}
