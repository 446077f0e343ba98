using System.Text;

namespace Rampart.Scaffolding.Tests.Containers;

/// <summary>One instruction of a Dockerfile (continuation lines joined, comments dropped), with the stage it is in.</summary>
internal sealed record DockerfileInstruction(int Stage, string Keyword, string Arguments)
{
    /// <summary>Every instruction of <paramref name="dockerfile"/>, in order; stages count from 0 at each FROM.</summary>
    public static IReadOnlyList<DockerfileInstruction> Parse(string dockerfile)
    {
        var instructions = new List<DockerfileInstruction>();
        var stage = -1;
        var current = new StringBuilder();
        foreach (var raw in dockerfile.Split('\n'))
        {
            var line = current.Length == 0 ? raw.TrimEnd('\r') : raw.TrimEnd('\r').TrimStart();
            if (current.Length == 0 && (line.TrimStart().StartsWith('#') || string.IsNullOrWhiteSpace(line)))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                current.Append(line[..^1].TrimEnd()).Append(' ');
                continue;
            }

            current.Append(line);
            var text = current.ToString().Trim();
            current.Clear();
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var keyword = (space < 0 ? text : text[..space]).ToUpperInvariant();
            if (keyword == "FROM")
            {
                stage++;
            }

            instructions.Add(new DockerfileInstruction(stage, keyword, space < 0 ? string.Empty : text[(space + 1)..].Trim()));
        }

        return instructions;
    }
}
