namespace Rampart.Scaffolding.Adding;

/// <summary>
/// The regions of the clean pattern's item templates, where one resource crosses four layers: the domain entity's
/// factory and change method (its invariants), the use cases' commands, the repository port's unique keys, and the
/// domain's unit tests.
/// </summary>
internal sealed partial class ResourceSnippets
{
    private string[]? RenderClean(string kind) => kind switch
    {
        "domain-properties" => Separated(fields.Select(f => new[]
        {
            f.Type == FieldType.String && !f.Optional
                ? $"public string {f.Name.Pascal} {{ get; private set; }} = string.Empty;"
                : $"public {TypeName(f)}{(f.Optional ? "?" : "")} {f.Name.Pascal} {{ get; private set; }}",
        })),
        "domain-parameters" => Listed(fields.Select(f => $"{TypeName(f)}? {Parameter(f)} = null"), ")"),
        "domain-create-checks" => [.. fields.SelectMany(f => Checks(f, creating: true))],
        "domain-change-checks" => [.. fields.SelectMany(f => Checks(f, creating: false))],
        "domain-create-assignments" => [.. fields.Select(f => (f.Type, f.Optional) switch
        {
            (FieldType.String, false) => $"{f.Name.Pascal} = {Parameter(f)}!.Trim(),",
            (FieldType.String, true) => $"{f.Name.Pascal} = {Parameter(f)}?.Trim(),",
            (_, false) => $"{f.Name.Pascal} = {Parameter(f)}!.Value,",
            (_, true) => $"{f.Name.Pascal} = {Parameter(f)},",
        })],
        "domain-change-assignments" => [.. fields.Select(f => f.Type == FieldType.String
            ? $"{f.Name.Pascal} = {Parameter(f)}?.Trim() ?? {f.Name.Pascal};"
            : $"{f.Name.Pascal} = {Parameter(f)} ?? {f.Name.Pascal};")],
        "command-parameters" => Listed(fields.Select(f => $"{TypeName(f)}? {f.Name.Pascal}"), ");"),
        "command-arguments" => Listed(fields.Select(f => $"command.{f.Name.Pascal}"), ");"),
        "request-arguments" => Listed(fields.Select(f => $"request.{f.Name.Pascal}"), ");"),
        "unique-keys" => Separated(fields.Where(f => f.Unique).Select(f => new[]
        {
            $"/// <summary>The unique key a second live {Words} with the same {FieldWords(f)} violates (<c>DuplicateKeyException.Key</c>).</summary>",
            $"const string {f.Name.Pascal}Key = \"{IndexName(f)}\";",
        })),
        "unique-key-catches" => [.. fields.Where(f => f.Unique).SelectMany(f => new[]
        {
            $"catch (DuplicateKeyException ex) when (ex.Key == I{resource.Pascal}Repository.{f.Name.Pascal}Key)",
            "{",
            $"    return {resource.Pascal}Errors.{f.Name.Pascal}Taken;",
            "}",
        })],
        "clean-configuration" => [.. Configuration(f =>
            $"{Variable}.HasIndex({Lambda} => {Lambda}.{f.Name.Pascal}).IsUnique().HasFilter(\"deleted_at IS NULL\").HasDatabaseName(I{resource.Pascal}Repository.{f.Name.Pascal}Key);")],
        "test-domain-valid-arguments" => Listed(fields.Select(f => $"{Parameter(f)}: {CSharpValue(f)}"), ").Value;"),
        "test-domain-rules" => Separated([DomainRequiredTest(), .. fields.Select(DomainRuleTest).Where(test => test.Length > 0)]),
        _ => null,
    };

    private static string Parameter(ResourceField field) => Identifier(field.Name.Camel);

    // One item per line, separated by commas, the last one closed by close.
    private static string[] Listed(IEnumerable<string> items, string close)
    {
        var lines = items.ToList();
        return [.. lines.Select((line, i) => line + (i < lines.Count - 1 ? "," : close))];
    }

    // The invariants of one field, on creation (required ones must be given) or on a change (null keeps the value).
    private static IEnumerable<string> Checks(ResourceField f, bool creating)
    {
        var name = f.Name.Camel;
        if (f.Type == FieldType.String)
        {
            yield return $"errors.Text(\"{name}\", {Parameter(f)}, required: {(creating && !f.Optional ? "true" : "false")});";
        }
        else if (creating && !f.Optional)
        {
            yield return $"errors.Required(\"{name}\", {Parameter(f)});";
        }

        if (f.Positive)
        {
            yield return $"errors.Positive(\"{name}\", {Parameter(f)});";
        }

        if (f.Type == FieldType.Enum)
        {
            yield return $"errors.Defined(\"{name}\", {Parameter(f)});";
        }
    }

    private string[] DomainRequiredTest()
    {
        var required = fields.Where(f => !f.Optional).Select(f => $"\"{f.Name.Camel}\"").Order(StringComparer.Ordinal).ToList();
        return required.Count == 0
            ? ["[Fact]", "public void Create_NothingGiven_Succeeds_AsEveryFieldIsOptional() => Assert.Null(CreateEmpty().Error);"]
            :
            [
                "[Fact]",
                "public void Create_NothingGiven_NamesEveryRequiredField()",
                "{",
                $"    string[] required = [{string.Join(", ", required)}];",
                "",
                "    Assert.Equal(required, FieldsOf(CreateEmpty().Error));",
                "}",
            ];
    }

    private string[] DomainRuleTest(ResourceField f)
    {
        var (name, parameter) = (f.Name.Camel, Parameter(f));
        var lines = new List<string>();
        void Fact(string method, params string[] values)
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            lines.AddRange(["[Fact]", $"public void {f.Name.Pascal}_{method}()", "{", .. values.Select(value => $"    Assert.Equal(\"{name}\", Assert.Single(FieldsOf(Valid().Change({parameter}: {value}).Error)));"), "}"]);
        }

        if (f.Type == FieldType.String)
        {
            Fact("OnlySpacesOrLongerThanTheLimit_IsRejected", "\"   \"", $"new string('x', {resource.Pascal}.TextMaxLength + 1)");
        }

        if (f.Positive)
        {
            var (zero, negative) = f.Type switch { FieldType.Decimal => ("0m", "-1m"), FieldType.Long => ("0L", "-1L"), _ => ("0", "-1") };
            Fact("ZeroOrLess_IsRejected", zero, negative);
        }

        if (f.Type == FieldType.Enum)
        {
            Fact("OutsideItsValues_IsRejected", $"({TypeName(f)})999");
        }

        return [.. lines];
    }
}
