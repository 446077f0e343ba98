using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Tests.Templates;

public sealed class PathGlobTests
{
    [Theory]
    [InlineData("template.json", "template.json", true)]
    [InlineData("**/bin/**", "src/A/bin/Debug/a.dll", true)]
    [InlineData("**/bin/**", "bin/a.dll", true)]
    [InlineData("**/bin/**", "src/binder/a.cs", false)]
    [InlineData("src/*/Platform/RabbitMq*.cs", "src/Skeleton.Host/Platform/RabbitMqHealthCheck.cs", true)]
    [InlineData("src/*/Platform/RabbitMq*.cs", "src/Skeleton.Host/Platform/DatabaseHealthCheck.cs", false)]
    [InlineData("packages/*.nupkg", "packages/nested/a.nupkg", false)]
    public void IsMatch_Path_MatchesAsGlob(string glob, string path, bool expected) => Assert.Equal(expected, PathGlob.IsMatch(glob, path));
}
