using Rampart.AspNetCore.RequestId;

namespace Rampart.AspNetCore.Tests;

public sealed class RequestIdValidatorTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("0191d3c4-7b1e-7c7a-9f3e-2b1c4d5e6f70", true)]
    [InlineData("svc:req_1.2-3", true)]
    [InlineData("", false)]
    [InlineData("tab\there", false)]
    [InlineData("new\nline", false)]
    [InlineData("semi;colon", false)]
    [InlineData("<script>", false)]
    public void IsAcceptable_Characters(string value, bool expected) =>
        Assert.Equal(expected, RequestIdValidator.IsAcceptable(value, 64));

    [Fact]
    public void IsAcceptable_AtTheLengthLimit_AcceptsAndOneMoreRejects()
    {
        Assert.True(RequestIdValidator.IsAcceptable(new string('x', 64), 64));
        Assert.False(RequestIdValidator.IsAcceptable(new string('x', 65), 64));
    }
}
