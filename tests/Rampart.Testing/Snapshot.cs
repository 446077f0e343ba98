using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Rampart.Testing;

/// <summary>
/// Compares text with a committed file under Snapshots/ next to the calling test. On a difference it fails with a
/// line diff; with RAMPART_UPDATE_SNAPSHOTS=1 it rewrites the file instead (review the change before committing).
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "RAMPART_UPDATE_SNAPSHOTS";

    public static void Match(string actual, string name, [CallerFilePath] string sourceFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots", name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException($"Snapshot {name} does not exist. Run the tests with {UpdateVariable}=1 to create it, then review and commit it.\n--- actual ---\n{actual}");
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            throw new XunitException($"Snapshot {name} differs (- expected, + actual). Run with {UpdateVariable}=1 to accept.\n{Diff(expected, actual)}");
        }
    }

    /// <summary>A line diff from the longest common subsequence; fine for the small files snapshots are.</summary>
    /// <summary>A line diff of <paramref name="expected"/> and <paramref name="actual"/>; empty when they are equal.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var text = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                text.Append("- ").Append(x + 1).Append(": ").Append(a[x++]).Append('\n');
            }
            else
            {
                text.Append("+ ").Append(y + 1).Append(": ").Append(b[y++]).Append('\n');
            }
        }

        return text.ToString();
    }
}
