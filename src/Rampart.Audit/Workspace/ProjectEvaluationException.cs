namespace Rampart.Audit.Workspace;

/// <summary>MSBuild could not evaluate a project; the audit then reads that project's XML instead and says so.</summary>
internal sealed class ProjectEvaluationException : Exception
{
    public ProjectEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
