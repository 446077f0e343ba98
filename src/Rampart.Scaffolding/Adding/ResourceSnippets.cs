namespace Rampart.Scaffolding.Adding;

/// <summary>
/// The field-dependent lines of a resource's item templates: one method per <c>// &lt;fields:kind&gt;</c> region. The
/// item templates under <c>templates/items</c> hold, in each region, exactly what these return for the templates' own
/// sample resource (a test checks it), so the templates are real, compilable code.
/// </summary>
internal sealed partial class ResourceSnippets(Naming resource, IReadOnlyList<ResourceField> fields)
{
    private const string DecimalMax = "9999999999999999.99";

    private string Variable => Identifier(resource.Camel);

    private string Lambda => resource.Camel[..1];

    private string Words => resource.Snake.Replace('_', ' ');

    private string PluralWords => resource.SnakePlural.Replace('_', ' ');

    /// <summary>The lines of region <paramref name="kind"/>, unindented; "" is a blank line.</summary>
    public IReadOnlyList<string> Render(string kind, ResourceField? enumField) => kind switch
    {
        "entity-properties" => Separated(fields.Select(f => new[] { EntityProperty(f) })),
        "enum-members" => Separated(enumField!.EnumValues.Select(v => new[] { $"[JsonStringEnumMemberName(\"{v.Snake}\")]", v.Pascal + "," })),
        "configuration" => [.. Configuration(f => $"{Variable}.HasLiveUniqueIndex({Lambda} => {Lambda}.{f.Name.Pascal}).HasDatabaseName({f.Name.Pascal}Index);")],
        "unique-index-names" => [.. fields.Where(f => f.Unique).Select(f => $"public const string {f.Name.Pascal}Index = \"{IndexName(f)}\";")],
        "unique-errors" => Separated(fields.Where(f => f.Unique).Select(f => new[]
        {
            $"public static Error {f.Name.Pascal}Taken {{ get; }} = Error.Conflict(\"{TakenCode(f)}\", \"{Capitalise(Article(Words))} {Words} with this {FieldWords(f)} exists already.\");",
        })),
        "core-unique-errors" => Separated(fields.Where(f => f.Unique).Select(f => new[]
        {
            $"public static CoreError {f.Name.Pascal}Taken {{ get; }} = new(\"{TakenCode(f)}\", ErrorKind.Conflict, \"{Capitalise(Article(Words))} {Words} with this {FieldWords(f)} exists already.\");",
        })),
        "record-from" => [.. fields.Select(f => $"{f.Name.Pascal} = {Variable}.{f.Name.Pascal},")],
        "record-to-core" => [.. fields.Select(f => $"{f.Name.Pascal} = {f.Name.Pascal},")],
        "record-copy" => [.. fields.Select(f => $"{f.Name.Pascal} = {Variable}.{f.Name.Pascal};")],
        "create-request" => Separated(fields.Select(f => RequestProperty(f, create: true))),
        "update-request" => Separated(fields.Select(f => RequestProperty(f, create: false))),
        "response-parameters" => [.. fields.Select(f => $"{TypeName(f)}{(f.Optional ? "?" : "")} {f.Name.Pascal},")],
        "response-arguments" => [.. fields.Select(f => $"{Variable}.{f.Name.Pascal},")],
        "create-assignments" => [.. fields.Select(CreateAssignment)],
        "update-assignments" => [.. fields.Select(f => f.Type == FieldType.String
            ? $"{Variable}.{f.Name.Pascal} = request.{f.Name.Pascal}?.Trim() ?? {Variable}.{f.Name.Pascal};"
            : $"{Variable}.{f.Name.Pascal} = request.{f.Name.Pascal} ?? {Variable}.{f.Name.Pascal};")],
        "unique-catches" => [.. fields.Where(f => f.Unique).SelectMany(f => new[]
        {
            $"catch (DbUpdateException ex) when (ex.IsUniqueViolation({resource.Pascal}Configuration.{f.Name.Pascal}Index))",
            "{",
            $"    return {resource.Pascal}Errors.{f.Name.Pascal}Taken;",
            "}",
        })],
        "test-required" => [.. TestRequired()],
        "test-unique" => [.. TestUnique()],
        "test-valid-body" => [.. fields.Select(f => $"[\"{f.Name.Camel}\"] = {JsonValue(f)},")],
        "test-patch-body" => [$"[\"{PatchField.Name.Camel}\"] = {PatchValue.Json},"],
        "test-patch-assert" => [PatchValue.Assert],
        "test-valid-request" => [.. fields.Select(f => $"{f.Name.Pascal} = {CSharpValue(f)},")],
        "test-rules" => Separated(fields.Select(RuleTests).Where(tests => tests.Length > 0)),
        _ => RenderClean(kind) ?? throw new ScaffoldingException($"The item template has an unknown field region '{kind}'.", "Reinstall the rampart tool: its item templates do not match it.", ScaffoldingErrorKind.Environment),
    };

    /// <summary>C# source for a name, escaped when it is a keyword (<c>@event</c>).</summary>
    internal static string Identifier(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;

    /// <summary>"a" or "an" before <paramref name="words"/>.</summary>
    internal static string Article(string words) => "aeiou".Contains(char.ToLowerInvariant(words[0]), StringComparison.Ordinal) ? "an" : "a";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string FieldWords(ResourceField field) => field.Name.Snake.Replace('_', ' ');

    private string TypeName(ResourceField field) => field.Type switch
    {
        FieldType.String => "string",
        FieldType.Int => "int",
        FieldType.Long => "long",
        FieldType.Decimal => "decimal",
        FieldType.Bool => "bool",
        FieldType.DateTime => "DateTimeOffset",
        FieldType.Date => "DateOnly",
        FieldType.Guid => "Guid",
        FieldType.Enum => field.EnumTypeName(resource),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private string IndexName(ResourceField field) => $"ux_{resource.SnakePlural}_{field.Name.Snake}";

    private string TakenCode(ResourceField field) => $"{resource.SnakePlural}.{field.Name.Snake}_taken";

    private string EntityProperty(ResourceField f) =>
        f.Type == FieldType.String && !f.Optional
            ? $"public required string {f.Name.Pascal} {{ get; set; }}"
            : $"public {TypeName(f)}{(f.Optional ? "?" : "")} {f.Name.Pascal} {{ get; set; }}";

    // The table, the columns' limits and checks, and one unique index over live rows per unique field, written by uniqueIndex.
    private IEnumerable<string> Configuration(Func<ResourceField, string> uniqueIndex)
    {
        var positives = fields.Where(f => f.Positive).ToList();
        string Check(ResourceField f) => $"table.HasCheckConstraint(\"ck_{resource.SnakePlural}_{f.Name.Snake}_positive\", \"{f.Name.Snake} > 0\")";
        if (positives.Count == 0)
        {
            yield return $"{Variable}.ToTable(\"{resource.SnakePlural}\");";
        }
        else if (positives.Count == 1)
        {
            yield return $"{Variable}.ToTable(\"{resource.SnakePlural}\", table => {Check(positives[0])});";
        }
        else
        {
            yield return $"{Variable}.ToTable(\"{resource.SnakePlural}\", table =>";
            yield return "{";
            foreach (var f in positives)
            {
                yield return $"    {Check(f)};";
            }

            yield return "});";
        }

        foreach (var f in fields)
        {
            var property = $"{Variable}.Property({Lambda} => {Lambda}.{f.Name.Pascal})";
            switch (f.Type)
            {
                case FieldType.String:
                    yield return $"{property}.HasMaxLength({resource.Pascal}.TextMaxLength);";
                    break;
                case FieldType.Decimal:
                    yield return $"{property}.HasPrecision(18, 2);";
                    break;
                case FieldType.Enum:
                    yield return $"{property}.HasConversion<string>().HasMaxLength(64);";
                    break;
                default:
                    break;
            }
        }

        foreach (var f in fields.Where(f => f.Unique))
        {
            yield return uniqueIndex(f);
        }
    }

    private string[] RequestProperty(ResourceField f, bool create)
    {
        var lines = new List<string>();
        if (create && !f.Optional)
        {
            lines.Add("[Required]");
        }

        switch (f.Type)
        {
            case FieldType.String:
                lines.Add(f.Optional ? $"[StringLength({resource.Pascal}.TextMaxLength)]" : $"[StringLength({resource.Pascal}.TextMaxLength, MinimumLength = 1)]");
                break;
            case FieldType.Decimal:
                // The column holds 18 digits, 2 after the point: a larger value is a 400 here, not a database error.
                lines.Add($"[Range(typeof(decimal), \"{(f.Positive ? "0.01" : "-" + DecimalMax)}\", \"{DecimalMax}\", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]");
                break;
            case FieldType.Int when f.Positive:
                lines.Add("[Range(1, int.MaxValue)]");
                break;
            case FieldType.Long when f.Positive:
                lines.Add("[Range(1L, long.MaxValue)]");
                break;
            case FieldType.Enum:
                lines.Add($"[EnumDataType(typeof({TypeName(f)}))]");
                break;
            default:
                break;
        }

        lines.Add($"public {TypeName(f)}? {f.Name.Pascal} {{ get; init; }}");
        return [.. lines];
    }

    private static string CreateAssignment(ResourceField f) => (f.Type, f.Optional) switch
    {
        (FieldType.String, false) => $"{f.Name.Pascal} = request.{f.Name.Pascal}!.Trim(),",
        (FieldType.String, true) => $"{f.Name.Pascal} = request.{f.Name.Pascal}?.Trim(),",
        (_, false) => $"{f.Name.Pascal} = request.{f.Name.Pascal}!.Value,",
        (_, true) => $"{f.Name.Pascal} = request.{f.Name.Pascal},",
    };

    private IEnumerable<string> TestRequired()
    {
        if (fields.FirstOrDefault(f => !f.Optional) is not { } required)
        {
            yield break;
        }

        yield return "[Fact]";
        yield return "public async Task Create_WithoutARequiredField_Returns400NamingIt()";
        yield return "{";
        yield return "    using var writer = await WriterAsync();";
        yield return "    var body = ValidBody();";
        yield return $"    body.Remove(\"{required.Name.Camel}\");";
        yield return "";
        yield return $"    using var response = await writer.PostJsonAsync({resource.Plural}, body);";
        yield return "    var problem = await response.ReadJsonAsync();";
        yield return "";
        yield return "    Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);";
        yield return $"    Assert.True(problem.GetProperty(\"errors\").TryGetProperty(\"{required.Name.Camel}\", out _), problem.ToString());";
        yield return "}";
    }

    private IEnumerable<string> TestUnique()
    {
        var unique = fields.Where(f => f.Unique).ToList();
        if (unique.Count == 0)
        {
            yield break;
        }

        var name = unique.Count == 1 ? unique[0].Name.Pascal : "UniqueField";
        yield return "[Fact]";
        yield return $"public async Task Create_Taken{name}_Returns409()";
        yield return "{";
        yield return "    using var writer = await WriterAsync();";
        yield return "    var body = ValidBody();";
        yield return $"    (await writer.PostJsonAsync({resource.Plural}, body)).Dispose();";
        yield return "";
        yield return $"    using var response = await writer.PostJsonAsync({resource.Plural}, body);";
        yield return "";
        yield return "    Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);";
        yield return unique.Count == 1
            ? $"    Assert.Equal(\"{TakenCode(unique[0])}\", await response.ReadProblemCodeAsync());"
            : $"    Assert.Contains(await response.ReadProblemCodeAsync(), new[] {{ {string.Join(", ", unique.Select(f => $"\"{TakenCode(f)}\""))} }});";
        yield return "}";
    }

    private static string JsonValue(ResourceField f) => (f.Type, f.Unique) switch
    {
        (FieldType.String, true) => $"\"{f.Name.Kebab}-\" + Guid.NewGuid().ToString(\"N\")",
        (FieldType.String, false) => $"\"Sample {FieldWords(f)}\"",
        (FieldType.Int, true) => "Random.Shared.Next(1, int.MaxValue)",
        (FieldType.Int, false) => "3",
        (FieldType.Long, true) => "Random.Shared.NextInt64(1, long.MaxValue)",
        (FieldType.Long, false) => "3L",
        (FieldType.Decimal, true) => "Random.Shared.Next(1, 1_000_000) + 0.25m",
        (FieldType.Decimal, false) => "12.5m",
        (FieldType.Bool, _) => "true",
        (FieldType.DateTime, true) => "new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero).AddSeconds(Random.Shared.Next())",
        (FieldType.DateTime, false) => "new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero)",
        (FieldType.Date, true) => "new DateOnly(2030, 1, 2).AddDays(Random.Shared.Next(0, 1_000_000))",
        (FieldType.Date, false) => "new DateOnly(2030, 1, 2)",
        (FieldType.Guid, _) => "Guid.CreateVersion7()",
        (FieldType.Enum, _) => $"\"{f.EnumValues[0].Snake}\"",
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };

    private string CSharpValue(ResourceField f) => f.Type switch
    {
        FieldType.String => $"\"Sample {FieldWords(f)}\"",
        FieldType.Int => "3",
        FieldType.Long => "3L",
        FieldType.Decimal => "12.5m",
        FieldType.Bool => "true",
        FieldType.DateTime => "new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero)",
        FieldType.Date => "new DateOnly(2030, 1, 2)",
        FieldType.Guid => "Guid.CreateVersion7()",
        FieldType.Enum => $"{TypeName(f)}.{f.EnumValues[0].Pascal}",
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };

    // The field the PATCH tests change: a text field when there is one, the first field otherwise.
    private ResourceField PatchField => fields.FirstOrDefault(f => f.Type == FieldType.String) ?? fields[0];

    private (string Json, string Assert) PatchValue
    {
        get
        {
            var f = PatchField;
            var property = $"data.GetProperty(\"{f.Name.Camel}\")";
            return f.Type switch
            {
                FieldType.String when f.Unique => ($"\"{f.Name.Kebab}-changed-\" + Guid.NewGuid().ToString(\"N\")", $"Assert.StartsWith(\"{f.Name.Kebab}-changed-\", {property}.GetString(), StringComparison.Ordinal);"),
                FieldType.String => ("\"changed\"", $"Assert.Equal(\"changed\", {property}.GetString());"),
                FieldType.Int or FieldType.Long => ("7", $"Assert.Equal(7, {property}.GetInt64());"),
                FieldType.Decimal => ("7.25m", $"Assert.Equal(7.25m, {property}.GetDecimal());"),
                FieldType.Bool => ("false", $"Assert.False({property}.GetBoolean());"),
                FieldType.DateTime => ("new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero)", $"Assert.Equal(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero), {property}.GetDateTimeOffset());"),
                FieldType.Date => ("new DateOnly(2031, 5, 6)", $"Assert.Equal(\"2031-05-06\", {property}.GetString());"),
                FieldType.Guid => ("Guid.Parse(\"0190a5d4-0000-7000-8000-000000000001\")", $"Assert.Equal(Guid.Parse(\"0190a5d4-0000-7000-8000-000000000001\"), {property}.GetGuid());"),
                FieldType.Enum => ($"\"{f.EnumValues[^1].Snake}\"", $"Assert.Equal(\"{f.EnumValues[^1].Snake}\", {property}.GetString());"),
                _ => throw new InvalidOperationException(),
            };
        }
    }

    private string[] RuleTests(ResourceField f)
    {
        var p = f.Name.Pascal;
        var create = $"Create{resource.Pascal}Request";
        var lines = new List<string>();
        void Fact(params string[] body)
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            lines.Add("[Fact]");
            lines.AddRange(body);
        }

        if (!f.Optional)
        {
            Fact($"public void {p}_IsRequired() => Assert.Contains(nameof({create}.{p}), Errors(Valid() with {{ {p} = null }}));");
        }

        if (f.Type == FieldType.String)
        {
            Fact(
                $"public void {p}_LongerThanTheLimit_IsRejected() =>",
                $"    Assert.Contains(nameof({create}.{p}), Errors(Valid() with {{ {p} = new string('x', {resource.Pascal}.TextMaxLength + 1) }}));");
        }

        if (f.Positive)
        {
            var (zero, negative) = f.Type switch { FieldType.Decimal => ("0m", "-1m"), FieldType.Long => ("0L", "-1L"), _ => ("0", "-1") };
            Fact(
                $"public void {p}_MustBePositive()",
                "{",
                $"    Assert.Contains(nameof({create}.{p}), Errors(Valid() with {{ {p} = {zero} }}));",
                $"    Assert.Contains(nameof(Update{resource.Pascal}Request.{p}), Errors(new Update{resource.Pascal}Request {{ {p} = {negative} }}));",
                "}");
        }

        if (f.Type == FieldType.Enum)
        {
            Fact(
                $"public void {p}_OutsideItsValues_IsRejected() =>",
                $"    Assert.Contains(nameof({create}.{p}), Errors(Valid() with {{ {p} = ({TypeName(f)})999 }}));");
        }

        return [.. lines];
    }

    private static string[] Separated(IEnumerable<string[]> blocks)
    {
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            lines.AddRange(block);
        }

        return [.. lines];
    }
}
