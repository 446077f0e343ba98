using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Data.Pagination;

/// <summary>
/// Makes cursors opaque and tamper-evident: HMAC-SHA256 over the payload with the configured key, or Data Protection
/// when no key is configured. A cursor that fails the check is rejected before anything reads it.
/// </summary>
internal sealed class CursorProtector
{
    private const string Purpose = "Rampart.Pagination.Cursor.v1";
    private readonly byte[]? _key;
    private readonly IDataProtector? _protector;
    private readonly int _maxLength;

    public CursorProtector(IOptions<CursorPaginationOptions> options, IDataProtectionProvider dataProtection)
    {
        var value = options.Value;
        _maxLength = value.MaxCursorLength;
        if (value.SigningKey is { Length: > 0 } key)
        {
            _key = Convert.FromBase64String(key);
        }
        else
        {
            _protector = dataProtection.CreateProtector(Purpose);
        }
    }

    public string Protect(byte[] payload)
    {
        if (_protector is not null)
        {
            return Base64Url.EncodeToString(_protector.Protect(payload));
        }

        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key!, payload));
    }

    public bool TryUnprotect(string cursor, out byte[] payload)
    {
        payload = [];
        if (cursor.Length == 0 || cursor.Length > _maxLength)
        {
            return false;
        }

        try
        {
            if (_protector is not null)
            {
                payload = _protector.Unprotect(Base64Url.DecodeFromChars(cursor));
                return true;
            }

            var dot = cursor.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0)
            {
                return false;
            }

            var body = Base64Url.DecodeFromChars(cursor.AsSpan(0, dot));
            var signature = Base64Url.DecodeFromChars(cursor.AsSpan(dot + 1));
            if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key!, body)))
            {
                return false;
            }

            payload = body;
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
