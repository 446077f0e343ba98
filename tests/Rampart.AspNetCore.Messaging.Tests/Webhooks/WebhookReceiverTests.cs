using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.AspNetCore.Messaging.Webhooks;

namespace Rampart.AspNetCore.Messaging.Tests.Webhooks;

/// <summary>The receiving side over real HTTP, with the inbox in a real PostgreSQL database.</summary>
public sealed class WebhookReceiverTests
{
    private static readonly string Secret = WebhookSecret.Generate();

    [Fact]
    public async Task Receiver_ValidDelivery_RunsTheHandlerAndClaimsTheIdInTheInbox()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        using var client = new HttpClient();
        var id = Guid.CreateVersion7().ToString();

        using var response = await client.SendAsync(Signed(receiver.Url, id, """{"type":"order.confirmed"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await receiver.EffectsAsync());
        await using var db = receiver.Database.CreateContext();
        Assert.True(await db.Set<InboxMessage>().AnyAsync(m => m.MessageId == Guid.Parse(id) && m.Consumer == "webhook:shop"));
    }

    [Fact]
    public async Task Receiver_ReplayedDelivery_Acknowledged204WithoutRunningTheHandlerAgain()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        using var client = new HttpClient();
        var id = Guid.CreateVersion7().ToString();
        using var first = await client.SendAsync(Signed(receiver.Url, id, "{}"));

        using var replay = await client.SendAsync(Signed(receiver.Url, id, "{}"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues(WebhookHeaders.Duplicate).Single());
        Assert.Equal(1, await receiver.EffectsAsync());
    }

    [Fact]
    public async Task Receiver_ConcurrentCopiesOfOneDelivery_RunTheHandlerOnce()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        using var client = new HttpClient();
        var id = Guid.CreateVersion7().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Signed(receiver.Url, id, "{}"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        Assert.Equal(1, await receiver.EffectsAsync());
    }

    [Fact]
    public async Task Receiver_NonUuidDeliveryIds_AreDeduplicatedToo()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        using var client = new HttpClient();

        using var first = await client.SendAsync(Signed(receiver.Url, "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", "{}"));
        using var replay = await client.SendAsync(Signed(receiver.Url, "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", "{}"));
        using var other = await client.SendAsync(Signed(receiver.Url, "msg_2KWPBgLlAfxdpx2AI54pPJ85f4X", "{}"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, replay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(2, await receiver.EffectsAsync());
    }

    [Fact]
    public async Task Receiver_HandlerAnswersAnError_ReleasesTheIdSoTheRetryIsProcessed()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret, ReceiverMode.Down);
        using var client = new HttpClient();
        var id = Guid.CreateVersion7().ToString();
        using var failed = await client.SendAsync(Signed(receiver.Url, id, "{}"));
        receiver.Mode = ReceiverMode.Accept;

        using var retried = await client.SendAsync(Signed(receiver.Url, id, "{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(1, await receiver.EffectsAsync());
    }

    [Fact]
    public async Task Receiver_TamperedBody_Is401ProblemAndNothingRuns()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        using var client = new HttpClient();
        using var request = Signed(receiver.Url, Guid.CreateVersion7().ToString(), """{"total":10}""");
        request.Content = new StringContent("""{"total":99}""", Encoding.UTF8, "application/json");

        using var response = await client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, WebhookErrors.SignatureInvalid);
        Assert.Equal(0, await receiver.EffectsAsync());
    }

    [Fact]
    public async Task Receiver_SignedWithAnotherSecret_Is401Problem()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        using var client = new HttpClient();

        using var response = await client.SendAsync(Signed(receiver.Url, Guid.CreateVersion7().ToString(), "{}", secret: WebhookSecret.Generate()));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, WebhookErrors.SignatureInvalid);
    }

    [Theory]
    [InlineData(WebhookHeaders.Id)]
    [InlineData(WebhookHeaders.Timestamp)]
    [InlineData(WebhookHeaders.Signature)]
    public async Task Receiver_MissingHeader_Is400Problem(string header)
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        using var client = new HttpClient();
        using var request = Signed(receiver.Url, Guid.CreateVersion7().ToString(), "{}");
        request.Headers.Remove(header);

        using var response = await client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, WebhookErrors.HeadersMissing);
    }

    [Fact]
    public async Task Receiver_TimestampOlderThanTheTolerance_Is400ProblemEvenWithAValidSignature()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        using var client = new HttpClient();

        using var response = await client.SendAsync(
            Signed(receiver.Url, Guid.CreateVersion7().ToString(), "{}", at: DateTimeOffset.UtcNow.AddMinutes(-6)));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, WebhookErrors.TimestampStale);
        Assert.Equal(0, await receiver.EffectsAsync());
    }

    [Fact]
    public async Task Receiver_BodyOverTheLimit_Is413Problem()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        using var client = new HttpClient();

        using var response = await client.SendAsync(
            Signed(receiver.Url, Guid.CreateVersion7().ToString(), "\"" + new string('x', 300 * 1024) + "\""));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, WebhookErrors.TooLarge);
    }

    internal static HttpRequestMessage Signed(Uri url, string id, string body, string? secret = null, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var bytes = Encoding.UTF8.GetBytes(body);
        var signer = new WebhookSigner([secret ?? Secret], TimeSpan.FromMinutes(5), TimeProvider.System);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookHeaders.Id, id);
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Signature, signer.Sign(id, timestamp, bytes));
        return request;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
    }
}
