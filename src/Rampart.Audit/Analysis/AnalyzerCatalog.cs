using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Rampart.Audit.Analysis;

/// <summary>
/// Finds Rampart's analyzers and describes their rules. Uses <c>Rampart.Analyzers.RampartAnalyzers.All</c> when the
/// analyzer assembly offers it, else every concrete C# <see cref="DiagnosticAnalyzer"/> in that assembly.
/// </summary>
public static class AnalyzerCatalog
{
    private const string AnalyzerAssembly = "Rampart.Analyzers";
    private const string EntryPointType = "Rampart.Analyzers.RampartAnalyzers";
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyRampart = new(Discover);
    private static readonly Lazy<ImmutableDictionary<string, string>> Fixes = new(DiscoverFixes);
    private static readonly string[] FixPropertyNames = ["Fix", "OneLineFix", "HowToFix"];

    /// <summary>Rampart's own analyzers.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Rampart => LazyRampart.Value;

    /// <summary>The rules the analyzers report, one per diagnostic id, sorted by id.</summary>
    public static ImmutableArray<AuditRule> RulesOf(IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        return [.. analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => Describe(g.First()))
            .OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>Maps a compiler severity to an audit severity (hidden counts as info).</summary>
    public static AuditSeverity ToAuditSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => AuditSeverity.Error,
        DiagnosticSeverity.Warning => AuditSeverity.Warning,
        _ => AuditSeverity.Info,
    };

    private static AuditRule Describe(DiagnosticDescriptor descriptor)
    {
        var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fix = Fixes.Value.GetValueOrDefault(descriptor.Id)
            ?? FirstSentence(descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? (descriptor.HelpLinkUri is { Length: > 0 } help ? $"See {help}." : title);
        var helpUri = Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var uri) ? uri : null;
        return new AuditRule(descriptor.Id, title, descriptor.Category, ToAuditSeverity(descriptor.DefaultSeverity), helpUri, fix);
    }

    private static string? FirstSentence(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return text.Length <= 200 && !text.Contains('\n', StringComparison.Ordinal) || end < 0 ? text : text[..(end + 1)];
    }

    private static Assembly? LoadAnalyzerAssembly()
    {
        try
        {
            return Assembly.Load(new AssemblyName(AnalyzerAssembly));
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static ImmutableArray<DiagnosticAnalyzer> Discover()
    {
        var assembly = LoadAnalyzerAssembly();
        if (assembly is null)
        {
            return [];
        }

        if (assembly.GetType(EntryPointType)?.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IEnumerable all)
        {
            return [.. all.OfType<DiagnosticAnalyzer>()];
        }

        return [.. LoadableTypes(assembly)
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .Where(t => t.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t, nonPublic: true)!)];
    }

    private static ImmutableDictionary<string, string> DiscoverFixes()
    {
        // The analyzer assembly may describe each rule with a one-line fix; read it by name so either side can evolve.
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var descriptors = LoadAnalyzerAssembly()?.GetType(EntryPointType)?.GetProperty("Descriptors", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        if (descriptors is not IEnumerable items)
        {
            return builder.ToImmutable();
        }

        foreach (var item in items)
        {
            var entry = item?.GetType().GetProperty("Value")?.GetValue(item) ?? item;
            if (entry is null)
            {
                continue;
            }

            var type = entry.GetType();
            var id = type.GetProperty("Id")?.GetValue(entry) as string ?? (type.GetProperty("Descriptor")?.GetValue(entry) as DiagnosticDescriptor)?.Id;
            var fix = FixPropertyNames.Select(n => type.GetProperty(n)?.GetValue(entry) as string).FirstOrDefault(f => !string.IsNullOrWhiteSpace(f));
            if (id is not null && fix is not null)
            {
                builder[id] = fix;
            }
        }

        return builder.ToImmutable();
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
