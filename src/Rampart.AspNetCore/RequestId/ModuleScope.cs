using System.Collections;

namespace Rampart.AspNetCore.RequestId;

/// <summary>The log scope naming an endpoint's module: <c>Module</c>. Immutable, so one instance serves every request.</summary>
internal sealed class ModuleScope(string module) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string ModuleKey = "Module";

    public string Module { get; } = module;

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] => index == 0
        ? new(ModuleKey, Module)
        : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => new ScopeEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"Module:{Module}";
}
