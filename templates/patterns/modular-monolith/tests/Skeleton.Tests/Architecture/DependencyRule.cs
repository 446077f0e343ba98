using System.Text.RegularExpressions;

namespace Skeleton.Tests.Architecture;

/// <summary>
/// One line of the dependency table: assemblies named like <see cref="From"/> must not reference assemblies named like
/// <see cref="To"/>, unless the referenced name matches <see cref="Unless"/>. Names match with <c>*</c> as a wildcard.
/// </summary>
internal sealed record DependencyRule(string From, string To, string Reason, string? Unless = null)
{
    public bool Forbids(string assembly, string reference) =>
        !string.Equals(assembly, reference, StringComparison.Ordinal)
        && Matches(From, assembly)
        && Matches(To, reference)
        && (Unless is null || !Matches(Unless, reference));

    private static bool Matches(string pattern, string name) =>
        Regex.IsMatch(name, "^" + Regex.Escape(pattern).Replace("\\*", "[^.]+(\\.[^.]+)*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
