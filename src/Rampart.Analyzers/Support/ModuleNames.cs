namespace Rampart.Analyzers.Support;

/// <summary>Reads module membership from namespaces shaped <c>…Modules.&lt;Module&gt;.&lt;Area&gt;…</c>.</summary>
internal static class ModuleNames
{
    private static readonly string[] PublicAreas = ["Contracts", "Contract", "PublicApi", "IntegrationEvents", "Abstractions"];

    /// <summary>The module and the first namespace segment under it (empty for the module's root namespace).</summary>
    public static (string Module, string Area)? Of(string? ns)
    {
        if (string.IsNullOrEmpty(ns))
        {
            return null;
        }

        var segments = ns!.Split('.');
        var index = Array.IndexOf(segments, "Modules");
        if (index < 0 || index + 1 >= segments.Length)
        {
            return null;
        }

        return (segments[index + 1], index + 2 < segments.Length ? segments[index + 2] : string.Empty);
    }

    public static bool IsPublicArea(string area) => area.Length == 0 || PublicAreas.Contains(area, StringComparer.Ordinal);
}
