namespace Rampart.AspNetCore.OpenApi;

/// <summary>The OpenAPI documents registered, in order, so the docs page lists each one.</summary>
internal sealed class OpenApiDocumentNames
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public bool TryAdd(string name)
    {
        if (_names.Contains(name, StringComparer.Ordinal))
        {
            return false;
        }

        _names.Add(name);
        return true;
    }
}
