namespace Rampart.Scaffolding.Dev;

/// <summary>Finds (or, as root on Debian, installs) the PostgreSQL server binaries: initdb, pg_ctl, psql, createdb.</summary>
internal static class PostgresBinaries
{
    /// <summary>Overrides the search: the folder holding initdb and pg_ctl.</summary>
    public const string BinDirectoryVariable = "RAMPART_DEV_PG_BINDIR";

    public static async Task<string> FindOrInstallAsync(IDevOutput output, CancellationToken cancellationToken)
    {
        if (Find() is { } found)
        {
            return found;
        }

        if (!ProcessRunner.IsRoot || !File.Exists("/usr/bin/apt-get"))
        {
            throw new ScaffoldingException(
                "The PostgreSQL server binaries (initdb, pg_ctl) were not found.",
                $"Install them (Debian/Ubuntu: sudo apt-get install -y postgresql), or set {BinDirectoryVariable} to the folder holding initdb.",
                ScaffoldingErrorKind.Environment);
        }

        output.Info("Installing PostgreSQL from the Debian packages (once)...");
        await AptGet.InstallAsync("postgresql", cancellationToken);
        return Find() ?? throw new ScaffoldingException("PostgreSQL was installed but initdb was not found.", $"Set {BinDirectoryVariable} to the folder holding initdb.", ScaffoldingErrorKind.Environment);
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(BinDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb"))
                ? configured
                : throw new ScaffoldingException($"{BinDirectoryVariable} is '{configured}', which holds no initdb.", $"Point {BinDirectoryVariable} at PostgreSQL's bin folder, or unset it.", ScaffoldingErrorKind.Environment);
        }

        const string DebianRoot = "/usr/lib/postgresql";
        return Directory.Exists(DebianRoot)
            ? Directory.EnumerateDirectories(DebianRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
    }
}
