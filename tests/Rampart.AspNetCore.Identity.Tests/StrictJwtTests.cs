using System.Text;
using System.Text.Json.Nodes;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>The shape checks that run before the framework's validator, on tokens no HTTP client would even send.</summary>
public sealed class StrictJwtTests
{
    private static readonly string Header = TestTokens.Encode(TestTokens.Header("key-1"));
    private static readonly string Payload = TestTokens.Encode(TestTokens.Claims(Guid.CreateVersion7(), DateTimeOffset.UtcNow));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b")]
    [InlineData(".b.c")]
    [InlineData("a..c")]
    [InlineData("..")]
    [InlineData("a.b.c.d")]
    [InlineData("a.b.c.d.e")]
    public void Failure_NotThreeParts_IsNotACompactJws(string token) =>
        Assert.Equal("not a compact JWS", StrictJwt.Failure(token));

    [Fact]
    public void Failure_NonAsciiCharacterInThePayload_IsMalformedPayload()
    {
        var token = $"{Header}.é{Payload[1..]}.c2ln";

        Assert.Equal("malformed payload", StrictJwt.Failure(token));
    }

    [Fact]
    public void Failure_DuplicateMemberInThePayload_IsMalformedPayload()
    {
        var payload = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"sub":"a","sub":"b"}"""));

        Assert.Equal("malformed payload", StrictJwt.Failure($"{Header}.{payload}.c2ln"));
    }

    [Fact]
    public void Failure_HeaderThatIsAString_IsMalformedHeader() =>
        Assert.Equal("malformed header", StrictJwt.Failure($"{TestTokens.Encode(JsonValue.Create("ES256"))}.{Payload}.c2ln"));

    [Fact]
    public void Failure_TokenOverEightKibibytes_IsTooLong() =>
        Assert.Equal("token too long", StrictJwt.Failure($"{Header}.{new string('A', 8 * 1024)}.c2ln"));

    [Fact]
    public void Failure_WellFormedToken_IsNone() =>
        Assert.Null(StrictJwt.Failure($"{Header}.{Payload}.c2ln"));
}
