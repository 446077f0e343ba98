using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Rampart.AspNetCore.Messaging.Webhooks;
using StandardWebhooks;

namespace Rampart.AspNetCore.Messaging.Tests.Webhooks;

public sealed class WebhookSignerTests
{
    // The Standard Webhooks specification's published test vector.
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecBody = """{"test": 2432232314}""";
    private const string SpecSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(SpecBody);

    [Fact]
    public void Sign_SpecificationVector_GivesThePublishedSignature()
    {
        var signer = Signer(At(SpecTimestamp), SpecSecret);

        Assert.Equal(SpecSignature, signer.Sign(SpecId, SpecTimestamp, Body));
    }

    [Fact]
    public void Verify_SpecificationVector_IsValid()
    {
        var signer = Signer(At(SpecTimestamp), SpecSecret);

        Assert.Equal(WebhookVerificationResult.Valid, signer.Verify(SpecId, "1614265330", SpecSignature, Body));
    }

    [Fact]
    public void Sign_OurSignature_VerifiesWithTheStandardWebhooksLibrary()
    {
        var secret = WebhookSecret.Generate();
        var now = DateTimeOffset.UtcNow;
        var signer = Signer(new FakeTimeProvider(now), secret);
        var id = Guid.CreateVersion7().ToString();
        var headers = new HeaderDictionary
        {
            [WebhookHeaders.Id] = id,
            [WebhookHeaders.Timestamp] = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            [WebhookHeaders.Signature] = signer.Sign(id, now.ToUnixTimeSeconds(), Body),
        };

        var exception = Record.Exception(() => new StandardWebhook(secret).Verify(SpecBody, headers));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("{\"test\": 2432232315}", SpecId, "1614265330")]
    [InlineData(SpecBody, "msg_p5jXN8AQM9LWM0D4loKWxJel", "1614265330")]
    [InlineData(SpecBody, SpecId, "1614265331")]
    public void Verify_TamperedBodyIdOrTimestamp_IsBadSignature(string body, string id, string timestamp)
    {
        var signer = Signer(At(SpecTimestamp), SpecSecret);

        Assert.Equal(WebhookVerificationResult.BadSignature, signer.Verify(id, timestamp, SpecSignature, Encoding.UTF8.GetBytes(body)));
    }

    [Theory]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=")]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1,not-base64!")]
    [InlineData("v1,AAAA")]
    public void Verify_AlteredOrMalformedSignature_IsBadSignature(string signature)
    {
        var signer = Signer(At(SpecTimestamp), SpecSecret);

        Assert.Equal(WebhookVerificationResult.BadSignature, signer.Verify(SpecId, "1614265330", signature, Body));
    }

    [Fact]
    public void Verify_SignatureWithAnotherSecret_IsBadSignature()
    {
        var signer = Signer(At(SpecTimestamp), WebhookSecret.Generate());

        Assert.Equal(WebhookVerificationResult.BadSignature, signer.Verify(SpecId, "1614265330", SpecSignature, Body));
    }

    [Fact]
    public void Verify_RotatedSecrets_AcceptsASignatureByEitherSecret()
    {
        var oldSecret = WebhookSecret.Generate();
        var newSecret = WebhookSecret.Generate();
        var time = At(SpecTimestamp);
        var receiver = Signer(time, newSecret, oldSecret);

        Assert.Equal(WebhookVerificationResult.Valid, receiver.Verify(SpecId, "1614265330", Signer(time, oldSecret).Sign(SpecId, SpecTimestamp, Body), Body));
        Assert.Equal(WebhookVerificationResult.Valid, receiver.Verify(SpecId, "1614265330", Signer(time, newSecret).Sign(SpecId, SpecTimestamp, Body), Body));
    }

    [Fact]
    public void Sign_SeveralSecrets_SendsOneSignaturePerSecretThatEachReceiverAccepts()
    {
        var oldSecret = WebhookSecret.Generate();
        var newSecret = WebhookSecret.Generate();
        var time = At(SpecTimestamp);

        var signature = Signer(time, newSecret, oldSecret).Sign(SpecId, SpecTimestamp, Body);

        Assert.Equal(2, signature.Split(' ').Length);
        Assert.Equal(WebhookVerificationResult.Valid, Signer(time, oldSecret).Verify(SpecId, "1614265330", signature, Body));
        Assert.Equal(WebhookVerificationResult.Valid, Signer(time, newSecret).Verify(SpecId, "1614265330", signature, Body));
    }

    [Theory]
    [InlineData(-300, WebhookVerificationResult.Valid)]
    [InlineData(300, WebhookVerificationResult.Valid)]
    [InlineData(-301, WebhookVerificationResult.StaleTimestamp)]
    [InlineData(301, WebhookVerificationResult.StaleTimestamp)]
    public void Verify_TimestampAtTheToleranceBoundary_AcceptsWithinAndRefusesBeyond(int offsetSeconds, WebhookVerificationResult expected)
    {
        var signer = Signer(At(SpecTimestamp + offsetSeconds), SpecSecret);

        Assert.Equal(expected, signer.Verify(SpecId, "1614265330", SpecSignature, Body));
    }

    [Theory]
    [InlineData(null, "1614265330", SpecSignature, WebhookVerificationResult.MissingHeaders)]
    [InlineData(SpecId, "", SpecSignature, WebhookVerificationResult.MissingHeaders)]
    [InlineData(SpecId, "1614265330", " ", WebhookVerificationResult.MissingHeaders)]
    [InlineData(SpecId, "-1614265330", SpecSignature, WebhookVerificationResult.MalformedTimestamp)]
    [InlineData(SpecId, "1614265330.5", SpecSignature, WebhookVerificationResult.MalformedTimestamp)]
    [InlineData(SpecId, "99999999999999999999", SpecSignature, WebhookVerificationResult.MalformedTimestamp)]
    public void Verify_MissingOrMalformedHeaders_SaysWhich(string? id, string? timestamp, string? signature, WebhookVerificationResult expected)
    {
        var signer = Signer(At(SpecTimestamp), SpecSecret);

        Assert.Equal(expected, signer.Verify(id, timestamp, signature, Body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("secret-without-prefix-0123456789")]
    [InlineData("whsec_c2hvcnQ=")]
    [InlineData("whsec_***")]
    public void Constructor_InvalidSecret_ThrowsNamingTheForm(string secret)
    {
        var exception = Assert.Throws<ArgumentException>(() => Signer(At(0), secret));

        Assert.Contains("whsec_", exception.Message, StringComparison.Ordinal);
    }

    private static FakeTimeProvider At(long unixSeconds) => new(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    private static WebhookSigner Signer(TimeProvider time, params string[] secrets) => new(secrets, TimeSpan.FromMinutes(5), time);
}
