using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rampart.Scaffolding;

/// <summary>
/// What <c>rampart new</c> recorded about a generated solution (its <c>rampart.json</c>), read back by <c>rampart dev</c>
/// and later verbs.
/// </summary>
/// <param name="Pattern">The architecture pattern.</param>
/// <param name="Host">The host project, relative to the solution folder.</param>
/// <param name="Database">The PostgreSQL database name.</param>
/// <param name="Broker">The message broker: <c>inprocess</c> or <c>rabbitmq</c>.</param>
/// <param name="Cache">The cache: <c>memory</c> (the default, when the file does not say) or <c>redis</c>.</param>
/// <param name="Api">The API styles: <c>rest</c> (the default, when the file does not say), <c>graphql</c> or <c>both</c>.</param>
public sealed record ProjectSettings(string Pattern, string Host, string Database, string Broker, string Cache = ProjectSettings.MemoryCache, string Api = ProjectSettings.RestApi)
{
    /// <summary>The file name, at the solution's root.</summary>
    public const string FileName = "rampart.json";

    /// <summary>The in-process cache: nothing to install.</summary>
    public const string MemoryCache = "memory";

    /// <summary>The shared cache on Redis: rate limits, cached reads and the SignalR backplane across instances.</summary>
    public const string RedisCache = "redis";

    /// <summary>REST only: the default.</summary>
    public const string RestApi = "rest";

    /// <summary>GraphQL only.</summary>
    public const string GraphQLApi = "graphql";

    /// <summary>GraphQL beside REST, over the same use cases.</summary>
    public const string BothApis = "both";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Reads the settings file of the solution in <paramref name="directory"/>.</summary>
    public static ProjectSettings Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            return JsonSerializer.Deserialize<ProjectSettings>(File.ReadAllText(path), Json)
                ?? throw new JsonException("The file is empty.");
        }
        catch (JsonException ex)
        {
            throw new ScaffoldingException($"{FileName} in '{directory}' is not valid: {ex.Message}", $"Fix {FileName} or generate the solution again with 'rampart new'.", ScaffoldingErrorKind.InvalidInput, ex);
        }
    }

    /// <summary>Serializes the settings as the file's content.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>Parses a settings file's content.</summary>
    internal static ProjectSettings Parse(string json) =>
        JsonSerializer.Deserialize<ProjectSettings>(json, Json) ?? throw new JsonException("The file is empty.");
}
