using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>
/// Signs and verifies webhooks in the Standard Webhooks v1 scheme: HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c>,
/// sent as <c>v1,&lt;base64&gt;</c>. A delivery carries one signature per configured secret, and verification accepts a
/// match with any of them, so a secret is rotated without a gap: configure the new one beside the old on both sides,
/// then remove the old one. Signatures are
/// compared in constant time, and a timestamp further than the tolerance from now (by <see cref="TimeProvider"/>) is
/// refused, so a captured delivery cannot be replayed later.
/// </summary>
public sealed class WebhookSigner
{
    private const string Version = "v1,";
    private readonly byte[][] _keys;
    private readonly TimeSpan _tolerance;
    private readonly TimeProvider _time;

    /// <summary>Creates a signer over <paramref name="secrets"/> (see <see cref="WebhookSecret"/>).</summary>
    /// <exception cref="ArgumentException">No secret, or one that is not in the <c>whsec_</c> form.</exception>
    public WebhookSigner(IEnumerable<string> secrets, TimeSpan tolerance, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(tolerance, TimeSpan.Zero);
        _keys = [.. secrets.Select((s, i) => WebhookSecret.TryDecode(s, out var problem)
            ?? throw new ArgumentException($"Webhook secret {i + 1} is invalid: {problem}.", nameof(secrets)))];
        if (_keys.Length == 0)
        {
            throw new ArgumentException("At least one webhook secret is needed.", nameof(secrets));
        }

        _tolerance = tolerance;
        _time = timeProvider;
    }

    /// <summary>The signature header value for <paramref name="body"/> sent as <paramref name="deliveryId"/> at <paramref name="timestamp"/>.</summary>
    public string Sign(string deliveryId, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryId);
        var signatures = new string[_keys.Length];
        for (var i = 0; i < _keys.Length; i++)
        {
            signatures[i] = Version + Convert.ToBase64String(Mac(_keys[i], deliveryId, timestamp, body));
        }

        return string.Join(' ', signatures);
    }

    /// <summary>The current time as a webhook timestamp (whole seconds since the Unix epoch).</summary>
    public long Now() => _time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Checks the three headers of a delivery against its raw <paramref name="body"/>.</summary>
    public WebhookVerificationResult Verify(string? deliveryId, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(deliveryId) || string.IsNullOrEmpty(timestamp) || string.IsNullOrWhiteSpace(signature))
        {
            return WebhookVerificationResult.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            return WebhookVerificationResult.MalformedTimestamp;
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > _tolerance)
        {
            return WebhookVerificationResult.StaleTimestamp;
        }

        Span<byte> presented = stackalloc byte[32];
        foreach (var candidate in signature.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!candidate.StartsWith(Version, StringComparison.Ordinal)
                || !Convert.TryFromBase64String(candidate[Version.Length..], presented, out var written) || written != presented.Length)
            {
                continue;
            }

            foreach (var key in _keys)
            {
                if (CryptographicOperations.FixedTimeEquals(Mac(key, deliveryId, seconds, body), presented))
                {
                    return WebhookVerificationResult.Valid;
                }
            }
        }

        return WebhookVerificationResult.BadSignature;
    }

    private static byte[] Mac(byte[] key, string deliveryId, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{deliveryId}.{timestamp}."));
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
