using System.Globalization;

namespace Rampart.AspNetCore.Data.Caching;

/// <summary>
/// The name of one cached entity, <c>{module}:{entity}:{id}</c> (<c>catalog:product:0199…</c>), and of its lists,
/// <c>{module}:{entity}:list</c>. Module and entity are lower-case names, so keys stay readable in <c>redis-cli</c>.
/// </summary>
public readonly record struct CacheKey
{
    private CacheKey(string value) => Value = value;

    /// <summary>The key as stored (before the service's Redis prefix).</summary>
    public string Value { get; }

    /// <summary>The key of the entity <paramref name="id"/> of <paramref name="module"/>'s <paramref name="entity"/>.</summary>
    public static CacheKey ForEntity(string module, string entity, Guid id)
    {
        CheckName(module, nameof(module));
        CheckName(entity, nameof(entity));
        return new CacheKey(string.Create(CultureInfo.InvariantCulture, $"{module}:{entity}:{id:D}"));
    }

    /// <summary>The key naming every cached list of <paramref name="module"/>'s <paramref name="entity"/>: <c>{module}:{entity}:list</c>.</summary>
    public static CacheKey ForList(string module, string entity)
    {
        CheckName(module, nameof(module));
        CheckName(entity, nameof(entity));
        return new CacheKey($"{module}:{entity}:list");
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    internal static void CheckName(string name, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        if (name.Length is 0 or > 64 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_'))
        {
            throw new ArgumentException(
                $"'{name}' is not a cache key part: use lower-case letters, digits, '-' or '_', at most 64 (e.g. catalog, product).", parameter);
        }
    }
}
