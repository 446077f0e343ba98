using System.Text.RegularExpressions;

namespace Rampart.Scaffolding.Adding;

/// <summary>The field types <c>rampart add resource --fields</c> accepts.</summary>
internal enum FieldType
{
    String,
    Int,
    Long,
    Decimal,
    Bool,
    DateTime,
    Date,
    Guid,
    Enum,
}

/// <summary>
/// One field of a generated resource, from <c>name:type</c> (<c>?</c> after the type makes it optional):
/// <c>sku:string?</c>, <c>price:decimal</c>, <c>status:enum(draft,active,archived)</c>.
/// </summary>
/// <param name="Name">The field's names (property <c>Pascal</c>, JSON <c>Camel</c>, column <c>Snake</c>).</param>
/// <param name="Type">The type.</param>
/// <param name="Optional">Whether it may be absent (nullable); required fields must be given on create.</param>
/// <param name="EnumValues">The values of an enum field, as typed (lower case words), in order.</param>
/// <param name="Unique">Whether live rows must differ in it (a unique index that ignores soft-deleted rows).</param>
/// <param name="Positive">Whether a number must be greater than zero (checked at the gate, in the entity and by the database).</param>
internal sealed partial record ResourceField(Naming Name, FieldType Type, bool Optional, IReadOnlyList<Naming> EnumValues, bool Unique, bool Positive)
{
    /// <summary>The longest string a string field holds: the request's limit, the entity's rule and the column's length.</summary>
    public const int StringMaxLength = 200;

    /// <summary>What <c>--help</c> lists.</summary>
    public const string TypesHelp = "string, int, long, decimal, bool, datetime, date, guid, enum(a,b,c); append ? for optional (sku:string?)";

    // Names the entity conventions own, or that the generated code uses itself.
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "Id", "Version", "CreatedAt", "UpdatedAt", "DeletedAt", "IsDeleted", "OwnerId", "Create", "Change", "Equals", "GetHashCode", "ToString", "GetType",
    };

    /// <summary>Whether the type is a number (<c>--positive</c> applies).</summary>
    public bool IsNumber => Type is FieldType.Int or FieldType.Long or FieldType.Decimal;

    /// <summary>The enum type's name for an enum field of <paramref name="resource"/>: <c>WidgetStatus</c>.</summary>
    public string EnumTypeName(Naming resource) => resource.Pascal + Name.Pascal;

    /// <summary>
    /// Parses <paramref name="fields"/> (space-separated <c>name:type</c> entries) with the names in <paramref name="unique"/>
    /// and <paramref name="positive"/>; every problem is a <see cref="ScaffoldingException"/> naming the entry.
    /// </summary>
    public static IReadOnlyList<ResourceField> ParseAll(string? fields, IReadOnlyCollection<string> unique, IReadOnlyCollection<string> positive)
    {
        ArgumentNullException.ThrowIfNull(unique);
        ArgumentNullException.ThrowIfNull(positive);
        if (string.IsNullOrWhiteSpace(fields))
        {
            throw new ScaffoldingException("--fields is empty: a resource needs at least one field.", $"Give the fields as name:type entries, e.g. --fields \"name:string price:decimal\" (types: {TypesHelp}).");
        }

        var parsed = new List<ResourceField>();
        foreach (var entry in Entries(fields))
        {
            var field = ParseOne(entry);
            if (parsed.Any(p => p.Name.Pascal == field.Name.Pascal))
            {
                throw new ScaffoldingException($"The field '{field.Name.Camel}' is given twice in --fields.", "Give each field once.");
            }

            parsed.Add(field);
        }

        var uniqueNames = Resolve(unique, parsed, "--unique");
        var positiveNames = Resolve(positive, parsed, "--positive");
        foreach (var name in positiveNames)
        {
            var field = parsed.Single(f => f.Name.Pascal == name);
            if (!field.IsNumber)
            {
                throw new ScaffoldingException($"--positive {field.Name.Camel}: the field is a {field.Type.ToString().ToLowerInvariant()}, not a number.", "Use --positive with int, long or decimal fields only.");
            }
        }

        foreach (var name in uniqueNames)
        {
            var field = parsed.Single(f => f.Name.Pascal == name);
            if (field.Type is FieldType.Bool or FieldType.Enum)
            {
                throw new ScaffoldingException($"--unique {field.Name.Camel}: a {field.Type.ToString().ToLowerInvariant()} has too few values to be unique.", "Use --unique with string, number, date or guid fields.");
            }
        }

        return [.. parsed.Select(f => f with { Unique = uniqueNames.Contains(f.Name.Pascal), Positive = positiveNames.Contains(f.Name.Pascal) })];
    }

    private static HashSet<string> Resolve(IReadOnlyCollection<string> names, List<ResourceField> fields, string option)
    {
        var resolved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var pascal = Naming.Parse(name, "field").Pascal;
            if (fields.All(f => f.Name.Pascal != pascal))
            {
                throw new ScaffoldingException($"{option} {name}: there is no such field in --fields.", $"Name one of: {string.Join(", ", fields.Select(f => f.Name.Camel))}.");
            }

            resolved.Add(pascal);
        }

        return resolved;
    }

    // Splits at spaces, keeping enum(a, b) together.
    private static IEnumerable<string> Entries(string fields) =>
        EntryPattern().Matches(fields).Select(m => m.Value);

    private static ResourceField ParseOne(string entry)
    {
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == entry.Length - 1)
        {
            throw new ScaffoldingException($"The field '{entry}' is not name:type.", $"Write each field as name:type, e.g. price:decimal (types: {TypesHelp}).");
        }

        var name = Naming.Parse(entry[..colon], "field");
        if (ReservedNames.Contains(name.Pascal))
        {
            throw new ScaffoldingException($"The field '{entry[..colon]}' is reserved: every resource has Id, Version, CreatedAt, UpdatedAt and DeletedAt (and OwnerId with --owned).", "Leave it out of --fields (it is there already) or choose another name.");
        }

        var typeText = entry[(colon + 1)..].Trim();
        var optional = typeText.EndsWith('?');
        if (optional)
        {
            typeText = typeText[..^1];
        }

        var enumValues = new List<Naming>();
        FieldType type;
        var enumMatch = EnumPattern().Match(typeText);
        if (enumMatch.Success)
        {
            type = FieldType.Enum;
            foreach (var value in enumMatch.Groups["values"].Value.Split(',', StringSplitOptions.TrimEntries))
            {
                var naming = Naming.Parse(value, "enum value");
                if (enumValues.Any(v => v.Pascal == naming.Pascal))
                {
                    throw new ScaffoldingException($"The field '{entry}' lists the value '{value}' twice.", "List each enum value once.");
                }

                enumValues.Add(naming);
            }

            if (enumValues.Count < 2)
            {
                throw new ScaffoldingException($"The field '{entry}' has fewer than two values.", "Give an enum at least two values: status:enum(draft,active).");
            }
        }
        else if (!Enum.TryParse(typeText, ignoreCase: true, out type) || type == FieldType.Enum || typeText.Any(char.IsDigit))
        {
            throw new ScaffoldingException($"The field '{entry}' has the unknown type '{typeText}'.", $"Use one of: {TypesHelp}.");
        }

        return new ResourceField(name, type, optional, enumValues, Unique: false, Positive: false);
    }

    [GeneratedRegex(@"[^\s(]+(\([^)]*\)\??)?", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"^enum\((?<values>[^)]*)\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnumPattern();
}
