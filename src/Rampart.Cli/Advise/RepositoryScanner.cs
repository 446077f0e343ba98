using System.Text.RegularExpressions;
using Rampart.Advisor.Inference;

namespace Rampart.Cli.Advise;

/// <summary>
/// Collects <see cref="RepositoryFacts"/> from a folder: git history plus a text scan of C# sources and project files.
/// A heuristic by design (it does not compile): counts that are roughly right are enough to suggest answers.
/// </summary>
internal static partial class RepositoryScanner
{
    private const long MaxFileBytes = 1024 * 1024;

    private static readonly string[] BrokerPackages = ["RabbitMQ.Client", "MassTransit", "Confluent.Kafka", "Azure.Messaging.ServiceBus", "NServiceBus", "AWSSDK.SQS"];

    public static async Task<RepositoryFacts> ScanAsync(string root, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (authors, age) = await GitHistory.ReadAsync(root, now, cancellationToken);
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var httpClients = new HashSet<string>(StringComparer.Ordinal);
        var hubs = new HashSet<string>(StringComparer.Ordinal);
        var brokers = new SortedSet<string>(StringComparer.Ordinal);
        int endpoints = 0, projects = 0, backgroundServices = 0;

        foreach (var file in SourceFiles(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = await File.ReadAllTextAsync(file, cancellationToken);
            if (file.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                projects++;
            }
            else
            {
                AddAll(entities, EntityPattern().Matches(text));
                AddAll(httpClients, HttpClientPattern().Matches(text));
                AddAll(hubs, HubPattern().Matches(text));
                endpoints += EndpointPattern().Count(text);
                backgroundServices += BackgroundServicePattern().Count(text);
            }

            foreach (var broker in BrokerPackages.Where(b => text.Contains(b, StringComparison.Ordinal)))
            {
                brokers.Add(broker);
            }
        }

        return new RepositoryFacts
        {
            AuthorsLastYear = authors,
            HistoryAge = age,
            EntityCount = entities.Count,
            EndpointCount = endpoints,
            ProjectCount = projects,
            BrokerClients = [.. brokers],
            HttpClientCount = httpClients.Count,
            HubCount = hubs.Count,
            BackgroundServiceCount = backgroundServices,
        };
    }

    private static void AddAll(HashSet<string> names, MatchCollection matches)
    {
        foreach (Match match in matches)
        {
            names.Add(match.Groups["name"].Value);
        }
    }

    private static IEnumerable<string> SourceFiles(string root)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false };
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(directory, "*", options).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && name is not ("bin" or "obj" or "node_modules"))
                {
                    pending.Push(sub);
                }
            }

            foreach (var file in Directory.EnumerateFiles(directory, "*", options).Order(StringComparer.Ordinal))
            {
                if ((file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                    && new FileInfo(file).Length <= MaxFileBytes)
                {
                    yield return file;
                }
            }
        }
    }

    [GeneratedRegex(@"(?:DbSet|IEntityTypeConfiguration)<\s*(?<name>[\w.]+)\s*>")]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"\.Map(?:Get|Post|Put|Patch|Delete|Methods)\s*\(|\[Http(?:Get|Post|Put|Patch|Delete)\b")]
    private static partial Regex EndpointPattern();

    [GeneratedRegex(@"AddHttpClient\s*(?:<\s*(?<name>[\w.]+)|\(\s*""(?<name>[^""]+)"")")]
    private static partial Regex HttpClientPattern();

    [GeneratedRegex(@"MapHub\s*<\s*(?<name>[\w.]+)\s*>")]
    private static partial Regex HubPattern();

    [GeneratedRegex(@":\s*BackgroundService\b")]
    private static partial Regex BackgroundServicePattern();
}
