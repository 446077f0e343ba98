using System.Reflection;

namespace Rampart.Audit.Reporting;

/// <summary>The name and version reports give for the tool.</summary>
public static class ToolInfo
{
    /// <summary>The tool's name in SARIF.</summary>
    public const string Name = "Rampart";

    /// <summary>Where the tool is documented.</summary>
    public static Uri InformationUri { get; } = new(Analyzers.RuleDescriptors.RepositoryUrl);

    /// <summary>The tool's version, without build metadata (for example <c>0.1.0</c>).</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
