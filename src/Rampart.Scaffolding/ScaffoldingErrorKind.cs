namespace Rampart.Scaffolding;

/// <summary>What kind of failure a <see cref="ScaffoldingException"/> reports.</summary>
public enum ScaffoldingErrorKind
{
    /// <summary>The request was understood but cannot be acted on: a bad name, a non-empty target, an unknown option value.</summary>
    InvalidInput,

    /// <summary>Something needed is missing or failed: templates, packages, a server binary, a build.</summary>
    Environment,
}
