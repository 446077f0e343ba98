using Rampart.Audit.Tests.Support;
using Rampart.Audit.Workspace;

namespace Rampart.Audit.Tests;

public sealed class NuGetPackageCacheTests : IDisposable
{
    private readonly TempFolder _packages = new();

    [Fact]
    public void AssembliesOf_PackageNotInCache_Null()
    {
        var cache = new NuGetPackageCache(_packages.Path);

        Assert.Null(cache.AssembliesOf("No.Such.Package", "1.0.0"));
    }

    [Fact]
    public void AssembliesOf_BuildOnlyPackageWithPlaceholderLib_EmptyButFound()
    {
        // A test adapter ships lib/<tfm>/_._ only: nothing to compile against, yet it is restored.
        _packages.Write("test.adapter/3.1.5/lib/net8.0/_._", string.Empty);
        _packages.Write("test.adapter/3.1.5/test.adapter.nuspec", Nuspec("Test.Adapter", "3.1.5"));
        var cache = new NuGetPackageCache(_packages.Path);

        var assemblies = cache.AssembliesOf("Test.Adapter", "3.1.5");

        Assert.NotNull(assemblies);
        Assert.Empty(assemblies.Value);
    }

    [Fact]
    public void AssembliesOf_NearestFrameworkAndDependencies_Returned()
    {
        _packages.Write("lib.a/1.0.0/lib/netstandard2.0/Lib.A.dll", string.Empty);
        _packages.Write("lib.a/1.0.0/lib/net8.0/Lib.A.dll", string.Empty);
        _packages.Write("lib.a/1.0.0/lib.a.nuspec", Nuspec("Lib.A", "1.0.0", "<dependency id=\"Lib.B\" version=\"2.0.0\" />"));
        _packages.Write("lib.b/2.0.0/lib/netstandard2.0/Lib.B.dll", string.Empty);
        _packages.Write("lib.b/2.0.0/lib.b.nuspec", Nuspec("Lib.B", "2.0.0"));
        var cache = new NuGetPackageCache(_packages.Path);

        var assemblies = cache.AssembliesOf("Lib.A", "1.0.0");

        Assert.NotNull(assemblies);
        Assert.Equal(
            ["lib.a/1.0.0/lib/net8.0/Lib.A.dll", "lib.b/2.0.0/lib/netstandard2.0/Lib.B.dll"],
            assemblies.Value.Select(p => Path.GetRelativePath(_packages.Path, p).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    private static string Nuspec(string id, string version, string dependencies = "") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
          <metadata><id>{id}</id><version>{version}</version><dependencies>{dependencies}</dependencies></metadata>
        </package>
        """;

    public void Dispose() => _packages.Dispose();
}
