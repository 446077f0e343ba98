using YamlDotNet.RepresentationModel;

namespace Rampart.Scaffolding.Tests.Containers;

/// <summary>
/// Every pattern's generated <c>docker-compose.yml</c>, parsed as YAML (no Docker engine runs here): the dependencies
/// on maintained image tags with health checks, and the <c>app</c> profile that runs the whole stack from the
/// Dockerfile once its dependencies are ready, its secrets mounted as files.
/// </summary>
public sealed class ComposeFileTests
{
    /// <summary>
    /// The oldest major version of each image still maintained upstream: PostgreSQL 13 reached its end of life in
    /// November 2025; RabbitMQ 3.x is out of community support since 4.x; Redis 7.2 is the oldest line Redis still
    /// patches. Raise these as releases age.
    /// </summary>
    private static readonly Dictionary<string, int> OldestMaintainedMajor = new(StringComparer.Ordinal)
    {
        ["postgres"] = 14,
        ["rabbitmq"] = 4,
        ["redis"] = 7,
    };

    public static TheoryData<string, string, string> Variants() => GeneratedFiles.Variants();

    [Theory]
    [MemberData(nameof(Variants))]
    public void Dependencies_OnMaintainedTags_EachWithAHealthCheck(string pattern, string broker, string example)
    {
        var services = Services(GeneratedFiles.Plan(pattern, broker, example));
        var dependencies = services.Children.Where(service => Scalar(service.Key) != "app").ToList();

        List<string> expected = ["postgres"];
        expected.AddRange(broker == "rabbitmq" ? ["rabbitmq"] : []);
        expected.AddRange(GeneratedFiles.CacheOf(broker) == ProjectSettings.RedisCache ? ["redis"] : []);
        Assert.Equal(expected, dependencies.Select(service => Scalar(service.Key)).Order(StringComparer.Ordinal));
        Assert.All(dependencies, service =>
        {
            var image = Scalar(((YamlMappingNode)service.Value)["image"]);
            var (name, tag) = (image.Split(':')[0], image.Split(':').ElementAtOrDefault(1) ?? "latest");
            Assert.True(int.TryParse(tag.Split('.', '-')[0], out var major), $"{image}: pin a major version, not '{tag}'.");
            Assert.True(major >= OldestMaintainedMajor[name], $"{image} is past its end of life: use {name} {OldestMaintainedMajor[name]} or newer.");
            Assert.True(((YamlMappingNode)service.Value).Children.ContainsKey("healthcheck"), $"{Scalar(service.Key)} has no health check for the app to wait on.");
        });
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void AppProfile_BuildsTheDockerfile_AndWaitsForEveryDependencyToBeHealthy(string pattern, string broker, string example)
    {
        var services = Services(GeneratedFiles.Plan(pattern, broker, example));
        var app = (YamlMappingNode)services["app"];

        Assert.Equal(["app"], ((YamlSequenceNode)app["profiles"]).Children.Select(Scalar));
        Assert.Equal(".", Scalar(app["build"]));
        var dependsOn = (YamlMappingNode)app["depends_on"];
        Assert.Equal(
            services.Children.Keys.Select(Scalar).Where(name => name != "app").Order(StringComparer.Ordinal),
            dependsOn.Children.Keys.Select(Scalar).Order(StringComparer.Ordinal));
        Assert.All(dependsOn.Children.Values, condition => Assert.Equal("service_healthy", Scalar(((YamlMappingNode)condition)["condition"])));

        var environment = Environment(app);
        Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Contains("Host=postgres;", environment["ConnectionStrings__Database"], StringComparison.Ordinal);
        Assert.Equal(broker == "rabbitmq", environment.ContainsKey("Messaging__RabbitMq__Uri"));
        Assert.Equal(GeneratedFiles.CacheOf(broker) == ProjectSettings.RedisCache, environment.TryGetValue("ConnectionStrings__Redis", out var redis) && redis == "redis:6379");
        Assert.True(TimeSpan.Parse("00:00:" + Scalar(app["stop_grace_period"]).TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture) > TimeSpan.FromSeconds(30),
            "stop_grace_period outlasts the service's drain timeout (30 s)");
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void AppProfile_SecretsAreMountedFiles_ReadThroughTheSecretsDirectory(string pattern, string broker, string example)
    {
        var files = GeneratedFiles.Plan(pattern, broker, example);
        var root = Root(files);
        var app = (YamlMappingNode)Services(files)["app"];
        var declared = (YamlMappingNode)root["secrets"];
        var mounted = ((YamlSequenceNode)app["secrets"]).Children.Select(Scalar).ToList();
        var environment = Environment(app);

        Assert.Equal("/run/secrets", environment["Rampart__Secrets__Directory"]);
        Assert.Contains("Identity__SigningKeys__0__PrivateKeyPem", mounted);
        Assert.Contains("Identity__AdminPassword", mounted);
        Assert.Equal(mounted.Order(StringComparer.Ordinal), declared.Children.Keys.Select(Scalar).Order(StringComparer.Ordinal));
        Assert.All(declared.Children, secret => Assert.Equal($".secrets/{Scalar(secret.Key)}", Scalar(((YamlMappingNode)secret.Value)["file"])));
        Assert.All(mounted, secret => Assert.False(environment.ContainsKey(secret), $"{secret} is a file, not an environment variable"));
    }

    private static YamlMappingNode Root(GeneratedFiles files)
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(files.Text("docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Services(GeneratedFiles files) => (YamlMappingNode)Root(files)["services"];

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)service["environment"]).Children.ToDictionary(pair => Scalar(pair.Key), pair => Scalar(pair.Value), StringComparer.Ordinal);

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;
}
