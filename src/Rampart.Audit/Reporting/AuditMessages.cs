namespace Rampart.Audit.Reporting;

/// <summary>Sentences every report format uses for the same fact, so the table, JSON and SARIF agree word for word.</summary>
public static class AuditMessages
{
    /// <summary>What to do about an incomplete audit.</summary>
    public const string IncompleteFix =
        "Restore the packages first ('dotnet restore', or 'rampart audit --restore'), and audit on a machine whose .NET SDK can build the projects.";

    /// <summary>"Project X was audited incompletely: reason; reason. Rules that need …"</summary>
    public static string Incomplete(IncompleteProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return $"Project {project.Name} was audited incompletely: {string.Join("; ", project.Reasons)}. Rules that need the missing types may have missed findings.";
    }
}
