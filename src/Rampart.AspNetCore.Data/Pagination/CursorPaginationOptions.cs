namespace Rampart.AspNetCore.Data.Pagination;

/// <summary>Options of cursor pagination (bound from the <c>Rampart:Pagination</c> configuration section).</summary>
public sealed class CursorPaginationOptions
{
    /// <summary>Page size when the request gives no <c>limit</c>. Defaults to 20.</summary>
    public int DefaultLimit { get; set; } = 20;

    /// <summary>The hard maximum page size; a larger <c>limit</c> is a 400. Defaults to 100.</summary>
    public int MaxLimit { get; set; } = 100;

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs cursors with HMAC-SHA256; every instance of the service must share it.
    /// Defaults to null: cursors are then protected with ASP.NET Core Data Protection (share its key ring across instances).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The longest cursor accepted before it is even checked. Defaults to 1024 characters.</summary>
    public int MaxCursorLength { get; set; } = 1024;
}
