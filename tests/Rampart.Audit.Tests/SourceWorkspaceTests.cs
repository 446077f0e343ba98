using Rampart.Audit.Tests.Support;
using Rampart.Audit.Workspace;

namespace Rampart.Audit.Tests;

public sealed class SourceWorkspaceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Load_Folder_FilesBelongToNearestProjectAndBinObjSkipped()
    {
        _folder.Write("src/Api/Api.csproj", Audits.Project);
        _folder.Write("src/Api/Program.cs", "class P { }");
        _folder.Write("src/Api/obj/Generated.cs", "class G { }");
        _folder.Write("src/Api/bin/Debug/Copy.cs", "class C { }");
        _folder.Write("src/Api/Nested/Lib/Lib.csproj", Audits.Project);
        _folder.Write("src/Api/Nested/Lib/L.cs", "class L { }");
        _folder.Write("tools/Script.cs", "class S { }");

        var workspace = WorkspaceLoader.Load(_folder.Path, _ => false, useMSBuild: false);

        var files = workspace.Projects.ToDictionary(p => p.Name, p => p.Files.Select(f => WorkspaceLoader.Relative(workspace.Root, f)).ToArray());
        Assert.Equal(["src/Api/Program.cs"], files["Api"]);
        Assert.Equal(["src/Api/Nested/Lib/L.cs"], files["Lib"]);
        Assert.Equal(["tools/Script.cs"], files[Path.GetFileName(_folder.Path)]);
    }

    [Fact]
    public void Load_Slnx_OnlyListedProjects()
    {
        _folder.Write("App.slnx", """<Solution><Project Path="src/Api/Api.csproj" /></Solution>""");
        _folder.Write("src/Api/Api.csproj", Audits.Project);
        _folder.Write("src/Api/Program.cs", "class P { }");
        _folder.Write("src/Other/Other.csproj", Audits.Project);
        _folder.Write("src/Other/O.cs", "class O { }");
        _folder.Write("Loose.cs", "class L { }");

        var workspace = WorkspaceLoader.Load(Path.Combine(_folder.Path, "App.slnx"), _ => false, useMSBuild: false);

        var project = Assert.Single(workspace.Projects);
        Assert.Equal("Api", project.Name);
        Assert.Equal(_folder.Path, workspace.Root);
    }

    [Fact]
    public void Load_Sln_ReadsProjectLines()
    {
        _folder.Write("App.sln", """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Api", "src\Api\Api.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            """);
        _folder.Write("src/Api/Api.csproj", Audits.Project);
        _folder.Write("src/Api/Program.cs", "class P { }");

        var workspace = WorkspaceLoader.Load(Path.Combine(_folder.Path, "App.sln"), _ => false, useMSBuild: false);

        Assert.Equal("Api", Assert.Single(workspace.Projects).Name);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("readme.txt")]
    public void RootOf_NotAFolderSolutionOrProject_ThrowsWithFix(string name)
    {
        _folder.Write("readme.txt", "hello");

        var ex = Assert.Throws<AuditException>(() => WorkspaceLoader.RootOf(Path.Combine(_folder.Path, name)));

        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        Assert.Contains("rampart audit", ex.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ProjectReference_TypesBindAcrossProjects()
    {
        _folder.Write("Core/Core.csproj", Audits.Project);
        _folder.Write("Core/Hazards.cs", "namespace Core; public static class Hazards { public static void Flaw() { } }");
        _folder.Write("Api/Api.csproj", Audits.Project.Replace("</Project>", "<ItemGroup><ProjectReference Include=\"..\\Core\\Core.csproj\" /></ItemGroup></Project>", StringComparison.Ordinal));
        _folder.Write("Api/Use.cs", "namespace Api; public static class Use { public static void Run() => Core.Hazards.Flaw(); }");

        var result = await Audits.RunAsync(_folder.Path);

        Assert.Equal(["TST0001 Api/Use.cs:1"], Audits.Keys(result));
        Assert.Equal(2, result.Statistics.Projects);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Run_PackageMissingFromCache_IncompleteNamingThePackage(bool useMSBuild)
    {
        _folder.Write("Api/Api.csproj", Audits.Project.Replace("</Project>", "<ItemGroup><PackageReference Include=\"No.Such.Package.Rampart\" Version=\"1.0.0\" /></ItemGroup></Project>", StringComparison.Ordinal));
        _folder.Write("Api/Use.cs", "public static class Use { public static void Run() { } }");

        var result = await Audits.RunAsync(_folder.Path, useMSBuild: useMSBuild);

        var project = Assert.Single(result.IncompleteProjects);
        Assert.Equal("Api/Api.csproj", project.Path);
        Assert.Contains(project.Reasons, r => r.Contains("No.Such.Package.Rampart 1.0.0", StringComparison.Ordinal));
        Assert.False(result.IsComplete);
        Assert.False(result.Passed);
    }

    [Fact]
    public void ProjectFileReader_CentralVersionsAndSdk_Read()
    {
        _folder.Write("Directory.Packages.props", """<Project><ItemGroup><PackageVersion Include="Dapper" Version="2.1.86" /></ItemGroup></Project>""");
        var path = _folder.Write("Api/Api.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
              <ItemGroup><PackageReference Include="Dapper" /><Using Include="Dapper" /></ItemGroup>
            </Project>
            """);

        var project = ProjectFileReader.Read(path);

        Assert.True(project.IsWebSdk);
        Assert.True(project.IsExecutable);
        Assert.True(project.NullableEnabled);
        Assert.False(project.Evaluated);
        Assert.Equal(new PackageReference("Dapper", "2.1.86"), Assert.Single(project.PackageReferences));
        Assert.Contains(new GlobalUsing("Dapper"), project.Usings);
        Assert.Contains(new GlobalUsing("Microsoft.AspNetCore.Builder"), project.Usings);
    }

    [Fact]
    public void ProjectFileReader_LibraryReferencingAspNetCore_IsWebButNotExecutable()
    {
        var path = _folder.Write("Blocks/Blocks.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup>
            </Project>
            """);

        var project = ProjectFileReader.Read(path);

        Assert.True(project.IsWebSdk);
        Assert.False(project.IsExecutable);
    }

    [Fact]
    public void ProjectFileReader_NotXml_ThrowsNamingTheFile()
    {
        var path = _folder.Write("Api/Api.csproj", "<Project");

        var ex = Assert.Throws<AuditException>(() => ProjectFileReader.Read(path));

        Assert.Contains("Api.csproj", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
