namespace Rampart.LocalServers;

/// <summary>
/// The servers run from the system's binaries, one row each: the single table <c>rampart doctor</c>, <c>rampart dev</c>
/// and the local servers read. A new server is one more row.
/// </summary>
internal static class SystemPrograms
{
    /// <summary>Overrides the PostgreSQL search: the folder holding initdb and pg_ctl.</summary>
    public const string PostgresBinDirectoryVariable = "RAMPART_DEV_PG_BINDIR";

    public static readonly SystemProgram Postgres = new(
        "PostgreSQL",
        "the server binaries initdb and pg_ctl",
        "postgresql",
        new InstallAdvice("sudo apt-get install -y postgresql", "sudo dnf install -y postgresql-server", "brew install postgresql@17", "winget install PostgreSQL.PostgreSQL.17"),
        LocatePostgres);

    public static readonly SystemProgram RabbitMq = new(
        "RabbitMQ",
        "rabbitmq-server",
        "rabbitmq-server",
        new InstallAdvice("sudo apt-get install -y rabbitmq-server", "sudo dnf install -y rabbitmq-server", "brew install rabbitmq", "winget install Erlang.ErlangOTP, then RabbitMQ's Windows installer"),
        probe => Executable(probe, "rabbitmq-server", ["/usr/sbin", "/usr/bin", "/opt/homebrew/sbin", "/usr/local/sbin"]));

    public static readonly SystemProgram Redis = new(
        "Redis",
        "redis-server",
        "redis-server",
        new InstallAdvice("sudo apt-get install -y redis-server", "sudo dnf install -y redis", "brew install redis", "winget install Memurai.MemuraiDeveloper (a Redis-compatible server)"),
        probe => Executable(probe, "redis-server", ["/usr/bin", "/opt/homebrew/bin", "/usr/local/bin"]));

    public static IReadOnlyList<SystemProgram> All { get; } = [Postgres, RabbitMq, Redis];

    // Debian's and Windows' installers put each major version in its own folder; Homebrew keeps postgresql@N keg-only.
    private static readonly string[] PostgresVersionedRoots = ["/usr/lib/postgresql", @"C:\Program Files\PostgreSQL"];
    private static readonly string[] HomebrewOptRoots = ["/opt/homebrew/opt", "/usr/local/opt"];

    /// <summary>
    /// PostgreSQL's bin folder: <see cref="PostgresBinDirectoryVariable"/>, else Debian's newest
    /// <c>/usr/lib/postgresql/N/bin</c>, Homebrew's newest <c>postgresql@N</c>, Windows' newest installation, or the PATH.
    /// </summary>
    private static ProgramLocation LocatePostgres(IHostProbe probe)
    {
        var initdb = probe.Platform == HostPlatform.Windows ? "initdb.exe" : "initdb";
        if (probe.Variable(PostgresBinDirectoryVariable) is { Length: > 0 } configured)
        {
            return probe.FileExists(Path.Combine(configured, initdb))
                ? new ProgramLocation(configured)
                : new ProgramLocation(null, $"{PostgresBinDirectoryVariable} is '{configured}', which holds no initdb.", $"Point {PostgresBinDirectoryVariable} at PostgreSQL's bin folder, or unset it.");
        }

        var versioned = PostgresVersionedRoots
            .SelectMany(probe.Folders)
            .Concat(HomebrewOptRoots.SelectMany(probe.Folders).Where(folder => Path.GetFileName(folder).StartsWith("postgresql", StringComparison.Ordinal)))
            .Select(folder => Path.Combine(folder, "bin"))
            .Where(bin => probe.FileExists(Path.Combine(bin, initdb)))
            .OrderByDescending(bin => MajorVersion(Path.GetFileName(Path.GetDirectoryName(bin)!)))
            .FirstOrDefault();
        return versioned is not null ? new ProgramLocation(versioned)
            : probe.OnPath("initdb") is { } onPath ? new ProgramLocation(Path.GetDirectoryName(onPath))
            : ProgramLocation.Missing;
    }

    private static ProgramLocation Executable(IHostProbe probe, string program, IEnumerable<string> folders) =>
        folders.Select(folder => Path.Combine(folder, program)).FirstOrDefault(probe.FileExists) is { } found ? new ProgramLocation(found)
        : probe.OnPath(program) is { } onPath ? new ProgramLocation(onPath)
        : ProgramLocation.Missing;

    /// <summary>15 from "15" or "postgresql@15"; 0 when there is no number.</summary>
    private static int MajorVersion(string folder) =>
        int.TryParse(folder[(folder.IndexOf('@', StringComparison.Ordinal) + 1)..], out var major) ? major : 0;
}
