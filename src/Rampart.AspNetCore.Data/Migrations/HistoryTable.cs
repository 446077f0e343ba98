using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Rampart.AspNetCore.Data.Migrations;

/// <summary>The migrations history table a context is configured with, as a quoted SQL name.</summary>
internal static class HistoryTable
{
    public static string Of(DbContext context)
    {
        var relational = RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>());
        var sql = context.GetService<ISqlGenerationHelper>();
        return sql.DelimitIdentifier(relational.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName, relational.MigrationsHistoryTableSchema);
    }
}
