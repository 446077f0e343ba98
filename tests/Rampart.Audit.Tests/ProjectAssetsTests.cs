using Rampart.Audit.Tests.Support;
using Rampart.Audit.Workspace;

namespace Rampart.Audit.Tests;

public sealed class ProjectAssetsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void TryRead_RestoredProject_CompileAssembliesOfPackagesOnly()
    {
        var cache = _folder.Path + "/packages/";
        _folder.Write("packages/dapper/2.1.86/lib/net8.0/Dapper.dll", string.Empty);
        _folder.Write("packages/build.only/1.0.0/build/x.targets", string.Empty);
        var assets = _folder.Write("obj/project.assets.json", Assets(cache, "net10.0"));

        var read = ProjectAssets.TryRead(assets, "net10.0");

        Assert.NotNull(read);
        Assert.Equal([Path.GetFullPath(cache + "dapper/2.1.86/lib/net8.0/Dapper.dll")], read.CompileAssemblies.ToArray());
        Assert.Equal(["Build.Only", "Dapper"], read.Packages.Order(StringComparer.Ordinal));
        Assert.Empty(read.Missing);
    }

    [Fact]
    public void TryRead_PackageCacheCleared_ReportedMissing()
    {
        var assets = _folder.Write("obj/project.assets.json", Assets(_folder.Path + "/nowhere/", "net10.0"));

        var read = ProjectAssets.TryRead(assets, "net10.0");

        Assert.Equal(["Dapper 2.1.86"], read!.Missing.ToArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{ not json")]
    public void TryRead_AbsentOrMalformed_Null(string? content)
    {
        var path = content is null ? Path.Combine(_folder.Path, "missing.json") : _folder.Write("obj/project.assets.json", content);

        Assert.Null(ProjectAssets.TryRead(path, "net10.0"));
    }

    private static string Assets(string cache, string framework) => $$"""
        {
          "version": 3,
          "targets": {
            "{{framework}}": {
              "Dapper/2.1.86": { "type": "package", "compile": { "lib/net8.0/Dapper.dll": { "related": ".xml" } } },
              "Build.Only/1.0.0": { "type": "package", "compile": { "lib/net8.0/_._": {} } },
              "Core/1.0.0": { "type": "project", "compile": { "bin/placeholder/Core.dll": {} } }
            },
            "{{framework}}/linux-x64": {}
          },
          "libraries": {
            "Dapper/2.1.86": { "type": "package", "path": "dapper/2.1.86" },
            "Build.Only/1.0.0": { "type": "package", "path": "build.only/1.0.0" },
            "Core/1.0.0": { "type": "project", "path": "../Core/Core.csproj" }
          },
          "packageFolders": { "{{cache}}": {} }
        }
        """;

    public void Dispose() => _folder.Dispose();
}
