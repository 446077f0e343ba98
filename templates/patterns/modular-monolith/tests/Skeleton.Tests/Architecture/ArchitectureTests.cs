namespace Skeleton.Tests.Architecture;

public sealed class ArchitectureTests
{
    [Fact]
    public void CompiledAssemblies_FollowTheDependencyTable()
    {
        var references = CompiledAssemblies.ReferencesOf(AppContext.BaseDirectory, "Skeleton.");

        Assert.Contains("Skeleton.Host", references.Keys);
        Assert.Contains("Skeleton.SharedKernel", references.Keys);
        Assert.Empty(DependencyRules.Violations(references));
    }

    [Theory]
    [InlineData("Skeleton.Modules.Orders", "Skeleton.Modules.Catalog")]
    [InlineData("Skeleton.Modules.Orders.Contracts", "Skeleton.Modules.Orders")]
    [InlineData("Skeleton.SharedKernel", "Skeleton.Modules.Orders")]
    [InlineData("Skeleton.Modules.Orders", "Skeleton.Host")]
    public void Violations_ForbiddenReference_IsReported(string assembly, string reference)
    {
        var violations = DependencyRules.Violations(new Dictionary<string, IReadOnlyList<string>> { [assembly] = [reference] });

        Assert.Single(violations);
    }

    [Theory]
    [InlineData("Skeleton.Modules.Orders", "Skeleton.Modules.Catalog.Contracts")]
    [InlineData("Skeleton.Modules.Orders", "Skeleton.SharedKernel")]
    [InlineData("Skeleton.Host", "Skeleton.Modules.Orders")]
    public void Violations_AllowedReference_IsNotReported(string assembly, string reference)
    {
        var violations = DependencyRules.Violations(new Dictionary<string, IReadOnlyList<string>> { [assembly] = [reference] });

        Assert.Empty(violations);
    }
}
