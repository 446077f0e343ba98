using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Skeleton.Tests.Architecture;

/// <summary>Checks the rows of the architecture table against compiled types with NetArchTest.</summary>
internal static class ArchitectureCheck
{
    /// <summary>
    /// Checks every top-level type under <paramref name="root"/> against every row: the types that break one, as
    /// "type: reason", and the types some row looked at.
    /// </summary>
    public static ArchitectureReport Run(IReadOnlyList<Assembly> assemblies, IReadOnlyList<ArchitectureRule> rules, string root)
    {
        // Filtered by namespace before NetArchTest turns definitions into types: under coverage the assembly also holds
        // coverlet's tracker (Coverlet.Core.Instrumentation.Tracker.<Assembly.Name>_<guid>), whose dotted name
        // Type.GetType cannot resolve, so asking for every type would throw.
        var types = Types.InAssemblies(assemblies).That().ResideInNamespace(root).GetTypes()
            .Where(t => !t.IsNested && t.Namespace is { } ns && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal)))
            .ToList();
        var violations = new List<string>();
        var checkedTypes = new HashSet<Type>();
        foreach (var rule in rules)
        {
            var subjects = types.Where(t => rule.AppliesTo(t, types)).ToList();
            checkedTypes.UnionWith(subjects);

            // One NetArchTest query per set of forbidden names, over the exact types that share it.
            foreach (var group in subjects.GroupBy(t => string.Join('|', rule.Forbidden(t, types).Order(StringComparer.Ordinal)), StringComparer.Ordinal))
            {
                if (group.Key.Length == 0)
                {
                    continue;
                }

                var failing = Types.InAssemblies(assemblies)
                    .That().HaveNameMatching("^(" + string.Join('|', group.Select(t => Regex.Escape(t.Name)).Distinct(StringComparer.Ordinal)) + ")$")
                    .ShouldNot().HaveDependencyOnAny(group.Key.Split('|'))
                    .GetResult().FailingTypeNames ?? [];
                violations.AddRange(failing.Where(name => group.Any(t => t.FullName == name)).Select(name => $"{name}: {rule.Reason}"));
            }
        }

        return new ArchitectureReport(violations, checkedTypes, types);
    }
}
