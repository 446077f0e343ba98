namespace Rampart.AspNetCore.Data.Migrations;

/// <summary>Options of the migrations runner (section <c>Rampart:Migrations</c> when bound from configuration).</summary>
public sealed class RampartMigrationsOptions
{
    /// <summary>
    /// Apply pending migrations while the host starts, before it takes requests. Convenient in development and for
    /// a single instance; in production prefer the <c>migrate</c> command or the SQL script. Defaults to false.
    /// </summary>
    public bool ApplyOnStartup { get; set; }
}
