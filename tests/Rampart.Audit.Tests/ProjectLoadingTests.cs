using Rampart.Audit.Tests.Support;

namespace Rampart.Audit.Tests;

/// <summary>Projects are loaded as MSBuild evaluates them: Directory.Build.* files, central versions, conditions, Compile items.</summary>
public sealed class ProjectLoadingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Run_ReferencesDeclaredInDirectoryBuildTargets_BindAndRulesFire()
    {
        _folder.WithFixture("build-targets-references");

        var result = await RampartAsync(useMSBuild: true);

        Assert.True(result.Loading.Evaluated, result.Loading.Description);
        Assert.Empty(result.IncompleteProjects);
        Assert.Equal(ExpectedFindings.Read(_folder.Path), Audits.Keys(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_SameRepositoryReadAsXml_IncompleteAndSaysWhy()
    {
        _folder.WithFixture("build-targets-references");

        var result = await RampartAsync(useMSBuild: false);

        Assert.False(result.Loading.Evaluated);
        Assert.Contains("requested", result.Loading.Description, StringComparison.Ordinal);
        var data = Assert.Single(result.IncompleteProjects, p => p.Name == "Catalog.Data");
        Assert.Contains(data.Reasons, r => r.Contains("do not resolve", StringComparison.Ordinal) && r.Contains("DbContext", StringComparison.Ordinal));
        Assert.DoesNotContain("RMP3001 src/Catalog.Data/PriceReader.cs:13", Audits.Keys(result));
    }

    [Fact]
    public async Task Run_CompileRemoveInTargets_FileNotAudited()
    {
        _folder.WithFixture("build-targets-references");

        var result = await new AuditRunner().RunAsync(new AuditOptions { Path = _folder.Path, Rules = ["RMP4001"] });

        Assert.Empty(result.Findings);
        Assert.Equal(3, result.Statistics.Files);
    }

    [Fact]
    public async Task Run_MultiTargetedProject_AuditsTheNewestDotnet()
    {
        _folder.Write("Lib/Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks></PropertyGroup>
            </Project>
            """);
        _folder.Write("Lib/Code.cs", """
            public static class Code
            {
            #if NET10_0_OR_GREATER
                public static void Modern() => Flaw();
            #else
                public static void Legacy() => Danger();
            #endif
                static void Flaw() { }
                static void Danger() { }
            }
            """);

        var result = await Audits.RunAsync(_folder.Path);

        Assert.Equal(["TST0001 Lib/Code.cs:4"], Audits.Keys(result));
    }

    [Fact]
    public async Task Run_FileLinkedIntoTwoProjects_ReportedOnce()
    {
        _folder.Write("Shared/Flawed.cs", "public static class Flawed { public static void Run() => Flaw(); static void Flaw() { } }");
        foreach (var name in new[] { "One", "Two" })
        {
            _folder.Write($"{name}/{name}.csproj", Audits.Project.Replace("</Project>", "<ItemGroup><Compile Include=\"../Shared/Flawed.cs\" /></ItemGroup></Project>", StringComparison.Ordinal));
        }

        var result = await Audits.RunAsync(_folder.Path);

        Assert.Equal(["TST0001 Shared/Flawed.cs:1"], Audits.Keys(result));
        Assert.Equal(2, result.Statistics.Projects);
    }

    [Fact]
    public async Task Run_ProjectMSBuildCannotEvaluate_ReadAsXmlAndReportedIncomplete()
    {
        _folder.Write("Api/Api.csproj", Audits.Project.Replace("<Nullable>", "<Broken Condition=\"'$(X)' == \">x</Broken><Nullable>", StringComparison.Ordinal));
        _folder.Write("Api/Use.cs", "public static class Use { public static void Run() => Flaw(); static void Flaw() { } }");

        var result = await Audits.RunAsync(_folder.Path);

        Assert.Equal(["TST0001 Api/Use.cs:1"], Audits.Keys(result));
        var project = Assert.Single(result.IncompleteProjects);
        Assert.Contains(project.Reasons, r => r.StartsWith("MSBuild could not evaluate the project", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_Restore_WritesAssetsAndAuditsFromThem()
    {
        _folder.WithFixture("build-targets-references");

        var result = await new AuditRunner().RunAsync(new AuditOptions { Path = _folder.Path, Rules = ["RMP3001"], Restore = true });

        Assert.Empty(result.Warnings);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "src", "Catalog.Data", "obj", "project.assets.json")));
        Assert.Empty(result.IncompleteProjects);
        Assert.Equal(ExpectedFindings.Read(_folder.Path), Audits.Keys(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_RestoreFails_WarnsAndReportsIncomplete()
    {
        _folder.Write("NuGet.config", "<configuration><packageSources><clear /></packageSources></configuration>");
        _folder.Write("Api/Api.csproj", Audits.Project.Replace("</Project>", "<ItemGroup><PackageReference Include=\"No.Such.Package.Rampart\" Version=\"1.0.0\" /></ItemGroup></Project>", StringComparison.Ordinal));
        _folder.Write("Api/Use.cs", "public static class Use { }");

        var result = await Audits.RunAsync(_folder.Path, restore: true);

        Assert.Contains(result.Warnings, w => w.StartsWith("'dotnet restore Api.csproj' failed", StringComparison.Ordinal));
        Assert.Single(result.IncompleteProjects);
    }

    public void Dispose() => _folder.Dispose();

    private Task<AuditResult> RampartAsync(bool useMSBuild) =>
        new AuditRunner().RunAsync(new AuditOptions { Path = _folder.Path, Rules = ["RMP3001", "RMP4001"], UseMSBuild = useMSBuild });
}
