using Rampart.Audit.Tests.Support;

namespace Rampart.Audit.Tests;

/// <summary>Defaults set in a shared project the host calls (a ServiceDefaults project) count for the host's rules.</summary>
public sealed class CrossProjectRuleTests : IDisposable
{
    private const string Library = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
          <ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup>
        </Project>
        """;

    private const string Host = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
          <ItemGroup><ProjectReference Include="../Defaults/Defaults.csproj" /></ItemGroup>
        </Project>
        """;

    private const string Program = """
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.Services.AddHttpClient("catalog", c => c.BaseAddress = new Uri("http://catalog"));
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.Run();
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Run_HealthAndHttpDefaultsInSharedProject_HostHasNoFinding()
    {
        _folder.Write("Defaults/Defaults.csproj", Library);
        _folder.Write("Defaults/Extensions.cs", """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            namespace Microsoft.Extensions.Hosting;

            public static class Extensions
            {
                public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
                {
                    builder.Services.AddHealthChecks();
                    builder.Services.ConfigureHttpClientDefaults(http => http.AddRetryResilience());
                    return builder;
                }

                public static WebApplication MapDefaultEndpoints(this WebApplication app)
                {
                    app.MapHealthChecks("/health");
                    return app;
                }

                private static IHttpClientBuilder AddRetryResilience(this IHttpClientBuilder http) => http;
            }
            """);
        _folder.Write("Api/Api.csproj", Host);
        _folder.Write("Api/Program.cs", Program);

        var result = await RunAsync();

        Assert.Empty(result.Findings);
        Assert.Empty(result.IncompleteProjects);
    }

    [Fact]
    public async Task Run_SharedProjectWithoutHealthOrResilience_HostReported()
    {
        _folder.Write("Defaults/Defaults.csproj", Library);
        _folder.Write("Defaults/Extensions.cs", """
            using Microsoft.AspNetCore.Builder;

            namespace Microsoft.Extensions.Hosting;

            public static class Extensions
            {
                public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder) => builder;

                public static WebApplication MapDefaultEndpoints(this WebApplication app) => app;
            }
            """);
        _folder.Write("Api/Api.csproj", Host);
        _folder.Write("Api/Program.cs", Program);

        var result = await RunAsync();

        Assert.Equal(["RMP4005 Api/Program.cs:3", "RMP4007 Api/Program.cs:1"], Audits.Keys(result).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private Task<AuditResult> RunAsync() =>
        new AuditRunner().RunAsync(new AuditOptions { Path = _folder.Path, Rules = ["RMP4005", "RMP4007"] });
}
