namespace Rampart.Audit.Configuration;

/// <summary>The severity words configuration and the command line accept.</summary>
public static class SeverityNames
{
    /// <summary>Parses <c>info</c>, <c>warning</c>, <c>error</c> (and <c>off</c> when allowed; null means off).</summary>
    /// <exception cref="AuditException">The word is not one of those.</exception>
    public static AuditSeverity? Parse(string value, bool allowOff, string subject)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToLowerInvariant() switch
        {
            "info" or "note" or "suggestion" => AuditSeverity.Info,
            "warning" or "warn" => AuditSeverity.Warning,
            "error" => AuditSeverity.Error,
            "off" or "none" when allowOff => null,
            _ => throw AuditConfiguration.Invalid($"has an unknown severity '{value}' for {subject} (use {(allowOff ? "off, " : string.Empty)}info, warning or error)"),
        };
    }

    /// <summary>The lower-case word for a severity.</summary>
    public static string Format(AuditSeverity severity) => severity switch
    {
        AuditSeverity.Info => "info",
        AuditSeverity.Warning => "warning",
        _ => "error",
    };
}
