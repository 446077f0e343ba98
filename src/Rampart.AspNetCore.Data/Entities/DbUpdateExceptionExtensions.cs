using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Rampart.AspNetCore.Data;

/// <summary>Reads PostgreSQL integrity violations out of <see cref="DbUpdateException"/>, so use cases can answer with a precise error.</summary>
public static class DbUpdateExceptionExtensions
{
    /// <summary>The SQLSTATE of a unique violation.</summary>
    public const string UniqueViolationSqlState = PostgresErrorCodes.UniqueViolation;

    /// <summary>
    /// True when the save failed on a unique constraint or index, and (when <paramref name="constraintOrIndex"/>
    /// is given) on that one, for example <c>ix_products_sku</c>.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string? constraintOrIndex = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException is PostgresException { SqlState: UniqueViolationSqlState } postgres
            && (constraintOrIndex is null || string.Equals(postgres.ConstraintName, constraintOrIndex, StringComparison.Ordinal));
    }
}
