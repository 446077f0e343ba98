using Rampart.Scaffolding.Upgrade;

namespace Rampart.Scaffolding.Tests.Upgrade;

public sealed class PackageVersionsFileTests
{
    private const string Props = """
        <Project>
          <PropertyGroup>
            <RampartVersion>0.0.9</RampartVersion>
          </PropertyGroup>
          <ItemGroup>
            <PackageVersion Include="Rampart.AspNetCore" Version="$(RampartVersion)" />
            <!-- kept as written -->
            <PackageVersion Include="Npgsql" Version="10.0.2" />
            <PackageVersion Include="xunit" Version="2.9.3" />
            <PackageVersion Include="Serilog" Version="4.3.0" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void RampartVersion_ReadAndReplaced_RestOfTheFileUnchanged()
    {
        var upgraded = PackageVersionsFile.WithRampartVersion(Props, "0.1.0-dev.abc");

        Assert.Equal("0.0.9", PackageVersionsFile.RampartVersion(Props));
        Assert.Equal(Props.Replace("<RampartVersion>0.0.9<", "<RampartVersion>0.1.0-dev.abc<", StringComparison.Ordinal), upgraded);
    }

    [Fact]
    public void WithRampartVersion_FileWithoutIt_IsRefusedWithAFix()
    {
        var error = Assert.Throws<ScaffoldingException>(() => PackageVersionsFile.WithRampartVersion("<Project />", "1.0.0"));

        Assert.Contains("has no <RampartVersion>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pins_LiteralVersionsOnly()
    {
        var pins = PackageVersionsFile.Pins(Props);

        Assert.Equal(["Npgsql", "xunit", "Serilog"], pins.Keys);
        Assert.Equal("10.0.2", pins["npgsql"]);
    }

    [Fact]
    public void RaisePins_OnlyLowerPinsTheShippedTemplateHas_AreRaised()
    {
        var shipped = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Npgsql"] = "10.0.3", ["xunit"] = "2.9.0", ["RabbitMQ.Client"] = "7.2.2" };

        var (text, changes) = PackageVersionsFile.RaisePins(Props, shipped);

        Assert.Equal([new PinChange("Npgsql", "10.0.2", "10.0.3")], changes);
        Assert.Equal(Props.Replace("\"Npgsql\" Version=\"10.0.2\"", "\"Npgsql\" Version=\"10.0.3\"", StringComparison.Ordinal), text);
    }
}
