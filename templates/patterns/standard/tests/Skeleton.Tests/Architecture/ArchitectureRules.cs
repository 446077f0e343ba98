using Rampart.AspNetCore.Data.Entities;

namespace Skeleton.Tests.Architecture;

/// <summary>
/// The standard pattern as a table: Controller → Service → data, one folder per resource. This is the one place to
/// change when the architecture changes; <see cref="ArchitectureTests"/> checks every row against the compiled service
/// and against the violations planted under <c>Architecture/Planted</c>.
/// </summary>
internal static class ArchitectureRules
{
    private static readonly string[] Mvc = ["Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Http"];

    private static readonly string[] Infrastructure = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Npgsql", "Rampart.AspNetCore.Messaging"];

    /// <summary>The rows, for the service whose root namespace is <paramref name="root"/> and whose DbContext lives in <paramref name="data"/>.</summary>
    public static IReadOnlyList<ArchitectureRule> For(string root, string data) =>
    [
        new(
            "A controller whose resource has a service goes through it, never to the DbContext or EF Core.",
            (type, all) => IsController(type) && all.Any(other => IsService(other) && other.Namespace == type.Namespace),
            (_, _) => ["Microsoft.EntityFrameworkCore", data]),
        new(
            "A service knows nothing of MVC or HTTP: it returns a Result, and the controller answers.",
            (type, _) => IsService(type),
            (_, _) => Mvc),
        new(
            "An entity knows no controller, service or infrastructure: its rules are plain code, tested without a database.",
            (type, _) => typeof(Entity).IsAssignableFrom(type),
            (_, all) => [.. Infrastructure, .. all.Where(t => IsController(t) || IsService(t)).Select(Name)]),
        new(
            "A resource uses another resource's entities, never its controller or service.",
            (type, _) => Resource(type, root) is not null,
            (type, all) => all.Where(t => (IsController(t) || IsService(t)) && Resource(t, root) is { } other && other != Resource(type, root)).Select(Name)),
        new(
            "Nothing calls a controller: the framework routes to it.",
            (_, _) => true,
            (type, all) => all.Where(t => IsController(t) && t != type).Select(Name)),
    ];

    private static bool IsController(Type type) => type.Name.EndsWith("Controller", StringComparison.Ordinal);

    private static bool IsService(Type type) => type.Name.EndsWith("Service", StringComparison.Ordinal);

    private static string Name(Type type) => type.FullName!;

    // The resource folder of a type (Products, Orders, …): the first namespace segment under the root, except the platform's.
    private static string? Resource(Type type, string root) =>
        type.Namespace is { } ns && ns.StartsWith(root + ".", StringComparison.Ordinal) && ns[(root.Length + 1)..].Split('.')[0] is var segment
            && segment is not ("Data" or "Platform" or "Tests")
            ? segment
            : null;
}
