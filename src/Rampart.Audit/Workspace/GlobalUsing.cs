namespace Rampart.Audit.Workspace;

/// <summary>A project-wide using (an MSBuild <c>Using</c> item): a namespace, an alias of a type or a static import.</summary>
internal sealed record GlobalUsing(string Name, string? Alias = null, bool IsStatic = false)
{
    /// <summary>The directive the SDK generates for the item.</summary>
    public string Directive =>
        Alias is { Length: > 0 } ? $"global using {Alias} = global::{Name};" :
        IsStatic ? $"global using static global::{Name};" :
        $"global using global::{Name};";
}
