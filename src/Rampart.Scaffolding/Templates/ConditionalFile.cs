namespace Rampart.Scaffolding.Templates;

/// <summary>Files matching <see cref="Glob"/> are generated only when <see cref="Symbol"/> is defined (or, written <c>!SYMBOL</c>, undefined).</summary>
internal sealed record ConditionalFile(string Glob, string Symbol)
{
    public bool Keeps(IReadOnlySet<string> defined) =>
        Symbol.StartsWith('!') ? !defined.Contains(Symbol[1..]) : defined.Contains(Symbol);
}
