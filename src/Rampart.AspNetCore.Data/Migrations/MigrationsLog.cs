using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Data.Migrations;

/// <summary>Log messages of the migrations runner (event ids 1200–1299).</summary>
internal static partial class MigrationsLog
{
    [LoggerMessage(1200, LogLevel.Information, "Applied {Count} pending migrations of {Context}")]
    public static partial void Applied(ILogger logger, int count, string context);
}
