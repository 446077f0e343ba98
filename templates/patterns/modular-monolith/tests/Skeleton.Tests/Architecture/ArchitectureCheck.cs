using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Skeleton.Tests.Architecture;

/// <summary>Checks the rows of a dependency table against compiled types with NetArchTest.</summary>
internal static class ArchitectureCheck
{
    /// <summary>
    /// Checks every type under <paramref name="root"/> (the service's root namespace, which the rows name) against every
    /// row: the types that break one, as "type: reason", and the types some row looked at.
    /// </summary>
    public static ArchitectureReport Run(IReadOnlyList<Assembly> assemblies, IReadOnlyList<DependencyRule> rules, string root)
    {
        // Filtered by namespace before NetArchTest turns definitions into types: under coverage the assembly also holds
        // coverlet's tracker (Coverlet.Core.Instrumentation.Tracker.<Assembly.Name>_<guid>), whose dotted name
        // Type.GetType cannot resolve, so asking for every type would throw.
        var types = Types.InAssemblies(assemblies).That().ResideInNamespace(root).GetTypes().Where(t => IsUnder(t.Namespace, root)).ToList();
        var violations = new List<string>();
        var checkedTypes = new HashSet<Type>();
        foreach (var rule in rules)
        {
            var from = new NamespacePattern(rule.From);
            var exceptFrom = rule.ExceptFrom.Select(p => new NamespacePattern(p)).ToList();
            var inScope = types
                .Select(type => (Type: type, Module: from.Matches(type.Namespace!, null, out var module) ? module ?? string.Empty : null))
                .Where(t => t.Module is not null && !exceptFrom.Any(p => p.Matches(t.Type.Namespace!, null)));
            foreach (var group in inScope.GroupBy(t => t.Module!, StringComparer.Ordinal))
            {
                var module = group.Key.Length == 0 ? null : group.Key;
                var forbidden = Forbidden(rule, module, types, root);
                var subjects = group.Select(t => t.Type).ToList();
                checkedTypes.UnionWith(subjects);
                if (forbidden.Length == 0)
                {
                    continue;
                }

                var failing = Types.InAssemblies(assemblies)
                    .That().ResideInNamespaceMatching(ExactNamespaces(subjects))
                    .ShouldNot().HaveDependencyOnAny(forbidden)
                    .GetResult().FailingTypeNames ?? [];
                violations.AddRange(failing.Where(name => subjects.Any(s => s.FullName == name)).Select(name => $"{name}: {rule.Reason}"));
            }
        }

        return new ArchitectureReport(violations, checkedTypes, types);
    }

    /// <summary>The service's own types a row forbids (by full name: a namespace would also forbid its children), and the outside namespaces it names.</summary>
    private static string[] Forbidden(DependencyRule rule, string? module, IReadOnlyList<Type> types, string root)
    {
        var to = rule.To.Where(p => IsUnder(p, root)).Select(p => new NamespacePattern(p)).ToList();
        var unless = rule.Unless.Select(p => new NamespacePattern(p)).ToList();
        var own = types
            .Where(t => to.Any(p => p.Matches(t.Namespace!, module)) && !unless.Any(p => p.Matches(t.Namespace!, module)))
            .Select(t => t.FullName!);
        return [.. own, .. rule.To.Where(p => !IsUnder(p, root))];
    }

    /// <summary>The same rows with <paramref name="from"/>, their root namespace, replaced by <paramref name="to"/>.</summary>
    public static IReadOnlyList<DependencyRule> Rebase(IReadOnlyList<DependencyRule> rules, string from, string to)
    {
        string Move(string pattern) => IsUnder(pattern, from) ? to + pattern[from.Length..] : pattern;
        return [.. rules.Select(rule => rule with
        {
            From = Move(rule.From),
            To = [.. rule.To.Select(Move)],
            Unless = [.. rule.Unless.Select(Move)],
            ExceptFrom = [.. rule.ExceptFrom.Select(Move)],
        })];
    }

    private static bool IsUnder(string? ns, string root) =>
        ns is not null && ns.StartsWith(root, StringComparison.Ordinal) && (ns.Length == root.Length || ns[root.Length] == '.');

    private static string ExactNamespaces(IEnumerable<Type> types) =>
        "^(" + string.Join('|', types.Select(t => t.Namespace!).Distinct(StringComparer.Ordinal).Select(Regex.Escape)) + ")$";
}
