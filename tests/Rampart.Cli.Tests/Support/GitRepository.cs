using System.Globalization;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Support;

/// <summary>Builds a git repository in a folder: files plus commits by known authors at back-dated times.</summary>
internal sealed class GitRepository(string path)
{
    public string Path { get; } = path;

    public static GitRepository Init(string path)
    {
        Directory.CreateDirectory(path);
        var repository = new GitRepository(path);
        repository.Git(null, "init", "--quiet", "--initial-branch=main");
        return repository;
    }

    public GitRepository Write(string relativePath, string content)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return this;
    }

    /// <summary>Commits everything as <paramref name="author"/> (name and e-mail) with author and committer dates set to <paramref name="when"/>.</summary>
    public GitRepository Commit(string author, DateTimeOffset when, string message)
    {
        Git(null, "add", "--all");
        Git((author, when), "commit", "--quiet", "--allow-empty", "-m", message);
        return this;
    }

    private void Git((string Author, DateTimeOffset When)? identity, params string[] arguments)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
        };
        if (identity is var (author, when))
        {
            var date = when.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
            var email = $"{author}@example.com";
            environment["GIT_AUTHOR_NAME"] = author;
            environment["GIT_AUTHOR_EMAIL"] = email;
            environment["GIT_AUTHOR_DATE"] = date;
            environment["GIT_COMMITTER_NAME"] = author;
            environment["GIT_COMMITTER_EMAIL"] = email;
            environment["GIT_COMMITTER_DATE"] = date;
        }

        var (exitCode, output) = TestProcess.Run(
            "git", ["-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null", .. arguments], Path, TimeSpan.FromSeconds(60), environment);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {output}");
        }
    }
}
