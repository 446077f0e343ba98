using System.Text.Json;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Tests.Audit;

/// <summary>An audit that cannot see a project completely never passes silently: it says which and why, and exits 5.</summary>
public sealed class AuditIncompleteTests : IDisposable
{
    private readonly AuditSandbox _sandbox = new(fixture: null);

    [Fact]
    public async Task Audit_UnresolvablePackage_ExitsIncompleteNamingProjectPackageAndFix()
    {
        WriteProject("""<PackageReference Include="No.Such.Package.Rampart" Version="1.0.0" />""");

        var run = await _sandbox.RunAsync("audit", ".");

        Assert.Equal(ExitCodes.Incomplete, run.ExitCode);
        Assert.Contains("Incomplete audit", run.Out, StringComparison.Ordinal);
        Assert.Contains("Api/Api.csproj", run.Out, StringComparison.Ordinal);
        Assert.Contains("package(s) not restored: No.Such.Package.Rampart 1.0.0", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning: Project Api was audited incompletely", run.Error, StringComparison.Ordinal);
        Assert.Contains("fix: Restore the packages first", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_IncompleteJson_SummaryNotCompleteAndNotPassed()
    {
        WriteProject("""<PackageReference Include="No.Such.Package.Rampart" Version="1.0.0" />""");

        var run = await _sandbox.RunAsync("audit", "--format", "json");

        Assert.Equal(ExitCodes.Incomplete, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.GetProperty("summary").GetProperty("complete").GetBoolean());
        Assert.Equal("msbuild", json.RootElement.GetProperty("summary").GetProperty("loader").GetString());
        Assert.Equal("Api", json.RootElement.GetProperty("incomplete")[0].GetProperty("project").GetString());
    }

    [Fact]
    public async Task Audit_UpdateBaselineWhileIncomplete_WritesItButExitsIncomplete()
    {
        WriteProject("""<PackageReference Include="No.Such.Package.Rampart" Version="1.0.0" />""");

        var run = await _sandbox.RunAsync("audit", "--update-baseline");

        Assert.Equal(ExitCodes.Incomplete, run.ExitCode);
        Assert.True(File.Exists(_sandbox.File(".rampart-baseline.json")));
    }

    [Fact]
    public async Task Audit_CompleteAndClean_ExitsZero()
    {
        WriteProject(string.Empty);

        var run = await _sandbox.RunAsync("audit", ".", "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("complete").GetBoolean());
    }

    public void Dispose() => _sandbox.Dispose();

    private void WriteProject(string items)
    {
        Directory.CreateDirectory(_sandbox.File("Api"));
        File.WriteAllText(_sandbox.File("NuGet.config"), "<configuration><packageSources><clear /></packageSources></configuration>");
        File.WriteAllText(_sandbox.File("Api/Api.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup>{items}</ItemGroup>
            </Project>
            """);
        File.WriteAllText(_sandbox.File("Api/Greeter.cs"), "namespace Api;\n\npublic static class Greeter\n{\n    public static Task<string> GreetAsync(string name) => Task.FromResult(name);\n}\n");
    }
}
