using Rampart.Scaffolding.Adding.Edits;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>The edit steps of <c>rampart add module</c>, each on a before and an after string.</summary>
public sealed class ModuleEditTests
{
    private const string SkeletonProgram = """
        using Rampart.AspNetCore.Data;
        using Shop.Host.Platform;
        using Shop.SharedKernel;

        var builder = WebApplication.CreateBuilder(args);

        // The modules of this service, one per folder under src/Modules.
        IModule[] modules = [];

        foreach (var module in modules)
        {
            module.AddServices(builder.Services, builder.Configuration);
        }

        """;

    private const string HostProject = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <ItemGroup>
            <PackageReference Include="Rampart.AspNetCore" />
          </ItemGroup>
          <ItemGroup>
            <ProjectReference Include="..\Shop.SharedKernel\Shop.SharedKernel.csproj" />
          </ItemGroup>
          <ItemGroup>
            <InternalsVisibleTo Include="Shop.Tests" />
          </ItemGroup>
        </Project>

        """;

    private const string Solution = """
        <Solution>
          <Folder Name="/src/">
            <Project Path="src/Shop.Host/Shop.Host.csproj" />
          </Folder>
          <Folder Name="/src/Modules/">
          </Folder>
          <Folder Name="/tests/">
            <Project Path="tests/Shop.Tests/Shop.Tests.csproj" />
          </Folder>
        </Solution>

        """;

    private static readonly AddModuleRegistration Billing = new("src/Shop.Host/Program.cs", "BillingModule", "Shop.Modules.Billing");

    [Fact]
    public void AddModuleRegistration_EmptyList_MakesItTheOnlyModuleAndAddsTheUsingInOrder()
    {
        var edited = Billing.Apply(SkeletonProgram);

        Assert.Equal(
            SkeletonProgram
                .Replace("using Shop.Host.Platform;\n", "using Shop.Host.Platform;\nusing Shop.Modules.Billing;\n", StringComparison.Ordinal)
                .Replace("IModule[] modules = [];", "IModule[] modules = [new BillingModule()];", StringComparison.Ordinal),
            edited);
    }

    [Fact]
    public void AddModuleRegistration_ListOnOneLine_AppendsAfterTheLastModule()
    {
        var program = SkeletonProgram.Replace("= [];", "= [new IdentityModule(), new CatalogModule()];", StringComparison.Ordinal);

        var edited = Billing.Apply(program);

        Assert.Contains("IModule[] modules = [new IdentityModule(), new CatalogModule(), new BillingModule()];\n", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void AddModuleRegistration_OneModuleALine_KeepsTheLayout()
    {
        var program = SkeletonProgram.Replace("= [];", "= [\n    new IdentityModule(),\n    new CatalogModule(),\n];", StringComparison.Ordinal);

        var edited = Billing.Apply(program);

        Assert.Contains("IModule[] modules = [\n    new IdentityModule(),\n    new CatalogModule(),\n    new BillingModule(),\n];\n", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void AddModuleRegistration_SingleModuleOnItsOwnLine_GetsAComma()
    {
        var program = SkeletonProgram.Replace("= [];", "= [\n    new IdentityModule()\n];", StringComparison.Ordinal);

        var edited = Billing.Apply(program);

        Assert.Contains("IModule[] modules = [\n    new IdentityModule(),\n    new BillingModule()\n];\n", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void AddModuleRegistration_ModuleListedAlready_IsRefused()
    {
        var program = SkeletonProgram.Replace("= [];", "= [new Shop.Modules.Billing.BillingModule()];", StringComparison.Ordinal);

        var error = Assert.Throws<ScaffoldingException>(() => Billing.Apply(program));

        Assert.Contains("has BillingModule already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddModuleRegistration_NoModuleList_IsRefusedNamingWhatItLookedFor()
    {
        var error = Assert.Throws<ScaffoldingException>(() => Billing.Apply("var builder = WebApplication.CreateBuilder(args);\nvar modules = new List<IModule>();\n"));

        Assert.Contains("IModule[] modules = [ … ];", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddProjectReference_AfterTheLastReference_KeepsEverythingElse()
    {
        var edited = new AddProjectReference("src/Shop.Host/Shop.Host.csproj", @"..\Modules\Billing\Shop.Modules.Billing\Shop.Modules.Billing.csproj").Apply(HostProject);

        Assert.Equal(
            HostProject.Replace(
                "    <ProjectReference Include=\"..\\Shop.SharedKernel\\Shop.SharedKernel.csproj\" />\n",
                "    <ProjectReference Include=\"..\\Shop.SharedKernel\\Shop.SharedKernel.csproj\" />\n    <ProjectReference Include=\"..\\Modules\\Billing\\Shop.Modules.Billing\\Shop.Modules.Billing.csproj\" />\n",
                StringComparison.Ordinal),
            edited);
    }

    [Fact]
    public void AddProjectReference_NoReferences_AddsAnItemGroupAtTheEnd()
    {
        const string bare = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <Description>x</Description>\n  </PropertyGroup>\n</Project>\n";

        var edited = new AddProjectReference("tests/Shop.Tests/Shop.Tests.csproj", @"..\..\src\Billing\Billing.csproj").Apply(bare);

        Assert.Equal(
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <Description>x</Description>\n  </PropertyGroup>\n  <ItemGroup>\n    <ProjectReference Include=\"..\\..\\src\\Billing\\Billing.csproj\" />\n  </ItemGroup>\n</Project>\n",
            edited);
    }

    [Fact]
    public void AddProjectReference_ReferencedAlready_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() => new AddProjectReference("src/Shop.Host/Shop.Host.csproj", "../Shop.SharedKernel/Shop.SharedKernel.csproj").Apply(HostProject));

        Assert.Contains("references ../Shop.SharedKernel/Shop.SharedKernel.csproj already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddProjectReference_NotXml_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() => new AddProjectReference("src/Shop.Host/Shop.Host.csproj", "a.csproj").Apply("<Project>"));

        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSolutionProject_EmptyFolder_PutsTheProjectOnItsOwnLine()
    {
        var edited = new AddSolutionProject("Shop.slnx", "/src/Modules/", "src/Modules/Billing/Shop.Modules.Billing/Shop.Modules.Billing.csproj").Apply(Solution);

        Assert.Equal(
            Solution.Replace(
                "  <Folder Name=\"/src/Modules/\">\n  </Folder>\n",
                "  <Folder Name=\"/src/Modules/\">\n    <Project Path=\"src/Modules/Billing/Shop.Modules.Billing/Shop.Modules.Billing.csproj\" />\n  </Folder>\n",
                StringComparison.Ordinal),
            edited);
    }

    [Fact]
    public void AddSolutionProject_Twice_KeepsBothInOrder()
    {
        var once = new AddSolutionProject("Shop.slnx", "/src/Modules/", "src/Modules/Billing/A.csproj").Apply(Solution);

        var twice = new AddSolutionProject("Shop.slnx", "/src/Modules/", "src/Modules/Billing/A.Contracts.csproj").Apply(once);

        Assert.Contains("  <Folder Name=\"/src/Modules/\">\n    <Project Path=\"src/Modules/Billing/A.csproj\" />\n    <Project Path=\"src/Modules/Billing/A.Contracts.csproj\" />\n  </Folder>\n", twice, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSolutionProject_NoSuchFolder_AddsTheFolderAtTheEnd()
    {
        const string bare = "<Solution>\n  <Project Path=\"src/Shop/Shop.csproj\" />\n</Solution>\n";

        var edited = new AddSolutionProject("Shop.slnx", "/src/Modules/", "src/Modules/Billing/A.csproj").Apply(bare);

        Assert.Equal("<Solution>\n  <Project Path=\"src/Shop/Shop.csproj\" />\n  <Folder Name=\"/src/Modules/\">\n    <Project Path=\"src/Modules/Billing/A.csproj\" />\n  </Folder>\n</Solution>\n", edited);
    }

    [Fact]
    public void AddSolutionProject_ListedAlready_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() => new AddSolutionProject("Shop.slnx", "/src/", "src/Shop.Host/Shop.Host.csproj").Apply(Solution));

        Assert.Contains("has src/Shop.Host/Shop.Host.csproj already", error.Message, StringComparison.Ordinal);
    }
}
