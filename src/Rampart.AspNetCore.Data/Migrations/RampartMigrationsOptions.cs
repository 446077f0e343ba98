namespace Rampart.AspNetCore.Data.Migrations;

/// <summary>Options of the migrations runner (bound from the <c>Rampart:Migrations</c> configuration section).</summary>
public sealed class RampartMigrationsOptions
{
    /// <summary>
    /// Apply pending migrations while the host starts, before it takes requests. Convenient in development and for
    /// a single instance; in production prefer the <c>migrate</c> command or the SQL script. Defaults to false.
    /// </summary>
    public bool ApplyOnStartup { get; set; }
}
