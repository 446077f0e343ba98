namespace Rampart.Audit;

/// <summary>How an audit loaded the projects.</summary>
/// <param name="Evaluated">True when MSBuild evaluated them as <c>dotnet build</c> would; false for the source-level fallback.</param>
/// <param name="Description">The loader, for people: "MSBuild of .NET SDK 10.0.401", or the fallback and why it was used.</param>
public sealed record AuditLoading(bool Evaluated, string Description)
{
    /// <summary>The loader's short name in reports: <c>msbuild</c> or <c>source</c>.</summary>
    public string Kind => Evaluated ? "msbuild" : "source";
}
