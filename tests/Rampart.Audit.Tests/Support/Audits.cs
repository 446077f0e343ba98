namespace Rampart.Audit.Tests.Support;

/// <summary>Runs the audit with the test rule over a folder.</summary>
internal static class Audits
{
    public static Task<AuditResult> RunAsync(string path, AuditSeverity? minimum = null, string? baseline = null, IReadOnlyCollection<string>? rules = null, bool useMSBuild = true, bool restore = false) =>
        new AuditRunner().RunAsync(new AuditOptions
        {
            Path = path,
            Analyzers = FlawAnalyzer.Set,
            MinimumSeverity = minimum,
            BaselinePath = baseline,
            Rules = rules,
            UseMSBuild = useMSBuild,
            Restore = restore,
        });

    public static string[] Keys(AuditResult result) =>
        [.. result.Findings.Select(f => $"{f.RuleId} {f.Path}:{f.Line}")];

    public const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
        </Project>
        """;
}
