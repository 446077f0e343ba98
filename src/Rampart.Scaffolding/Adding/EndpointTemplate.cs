using System.Text;
using System.Text.RegularExpressions;
using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// Renders an endpoint's item templates (<c>templates/items/&lt;pattern&gt;/endpoint</c>): real code for the sample use
/// case <c>Gadgets/RegisterGadget</c> (<c>POST /{gadgetId:guid}/registrations</c>, a customer's, idempotent, version 1)
/// of the service <c>Skeleton</c>, in which
/// <list type="bullet">
/// <item><c>#if RAMPART_ITEM_BODY</c> (POST, PUT, PATCH), <c>RAMPART_ITEM_IDEMPOTENT</c>, <c>RAMPART_ITEM_ANONYMOUS</c>,
/// <c>RAMPART_ITEM_ADMIN</c> (neither: a customer's) and <c>RAMPART_ITEM_VERSIONED</c> (<c>--version</c> above 1) keep or
/// drop their lines;</item>
/// <item>the sample's route, method, version, use case, area (its group's segment <c>gadgets</c>), module <c>Inventory</c>
/// and service become the endpoint's;</item>
/// <item>each <c>// &lt;route:kind&gt;</c> … <c>// &lt;/route:kind&gt;</c> region becomes the line(s) written for the
/// route's parameters (<see cref="Snippets"/>);</item>
/// <item>the area's own file (<c>GadgetsFeature.cs</c>, <c>GadgetsEndpoints.cs</c>) is written only when the area is
/// new; a file that renders to nothing is not written.</item>
/// </list>
/// </summary>
internal sealed partial class EndpointTemplate(string service, EndpointSpec spec, string segment, Naming? module = null, string fixture = "ShopApp")
{
    /// <summary>The sample area's file, written only for a new area (a vertical-slice feature).</summary>
    public const string SampleAreaFile = "GadgetsFeature.cs";

    /// <summary>The sample area's route group and registrations in clean and hexagonal, written only for a new area.</summary>
    public const string SampleAreaEndpointsFile = "GadgetsEndpoints.cs";

    /// <summary>The HTTP tests every pattern shares (beside the patterns' folders; only the app fixture differs).</summary>
    public const string SharedTestsFolder = "endpoint-tests";

    private const string SampleTests = "tests/Skeleton.Tests/Gadgets/RegisterGadgetTests.cs";

    private const string SampleRoute = "{gadgetId:guid}/registrations";
    private static readonly HashSet<string> Symbols = new(StringComparer.Ordinal)
    {
        "RAMPART_ITEM_BODY", "RAMPART_ITEM_IDEMPOTENT", "RAMPART_ITEM_ANONYMOUS", "RAMPART_ITEM_ADMIN", "RAMPART_ITEM_VERSIONED",
        "RAMPART_ITEM_ROUTE_VALUES",
    };

    private readonly Placeholder _service = new("Skeleton", service);

    /// <summary>The full route it answers at: <c>/api/v2/orders/{id:guid}/cancel</c>.</summary>
    public string FullRoute => $"/api/v{spec.Version}/{segment}{spec.Route.Template}";

    /// <summary>The files of the item template in <paramref name="directory"/>, rendered: path relative to the solution → content.</summary>
    public IReadOnlyList<(string Path, string Content)> RenderAll(string directory, bool newArea)
    {
        if (!Directory.Exists(directory))
        {
            throw new ScaffoldingException($"The item templates are missing ({Path.GetFileName(directory)}).", "Reinstall the rampart tool.", ScaffoldingErrorKind.Environment);
        }

        var tests = Path.Combine(directory, "..", "..", SharedTestsFolder, Path.GetFileName(SampleTests));
        var files = new List<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Append(tests))
        {
            if (!newArea && Path.GetFileName(path) is SampleAreaFile or SampleAreaEndpointsFile)
            {
                continue;
            }

            var relative = path == tests ? SampleTests : Path.GetRelativePath(directory, path).Replace('\\', '/');
            var content = Render(File.ReadAllText(path), relative);
            if (!string.IsNullOrWhiteSpace(content))
            {
                files.Add((RenamePath(relative), content.TrimStart('\n')));
            }
        }

        return files;
    }

    /// <summary>One template file's text, rendered.</summary>
    internal string Render(string text, string fileName)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        Define(defined, "RAMPART_ITEM_BODY", spec.HasBody);
        Define(defined, "RAMPART_ITEM_IDEMPOTENT", spec.Idempotent);
        Define(defined, "RAMPART_ITEM_ANONYMOUS", spec.Auth == "anonymous");
        Define(defined, "RAMPART_ITEM_ADMIN", spec.Auth == "admin");
        Define(defined, "RAMPART_ITEM_VERSIONED", spec.Version > 1);
        Define(defined, "RAMPART_ITEM_ROUTE_VALUES", spec.Route.Parameters.Count > 0);
        var resolved = ConditionalText.Apply(text, Symbols, defined, fileName);
        var named = _service.Replace(ReplaceNames(ReplaceRoute(resolved)));
        if (spec.Version > 1 && IsStandardSource(fileName))
        {
            named = named.Replace($"namespace {service}.{spec.Area.Pascal};", $"namespace {service}.{spec.Area.Pascal}.V{spec.Version};", StringComparison.Ordinal);
        }

        var snippets = new Snippets(spec, segment);
        return Region().Replace(named, match =>
        {
            var indent = match.Groups["indent"].Value;
            var output = new StringBuilder();
            var body = match.Groups["body"].Value.TrimStart();
            var modifiers = body.Contains("sealed record", StringComparison.Ordinal) ? body[..body.IndexOf("sealed record", StringComparison.Ordinal)] : "";
            foreach (var line in snippets.Render(match.Groups["kind"].Value, modifiers))
            {
                output.Append(indent).Append(line).Append('\n');
            }

            return output.ToString();
        });
    }

    /// <summary>The regions of <paramref name="text"/> with their bodies (for the test that holds templates to the snippets).</summary>
    internal static IEnumerable<(string Kind, string Indent, string Body)> Regions(string text) =>
        Region().Matches(text).Select(m => (m.Groups["kind"].Value, m.Groups["indent"].Value, m.Groups["body"].Value));

    private static void Define(HashSet<string> defined, string symbol, bool on)
    {
        if (on)
        {
            defined.Add(symbol);
        }
    }

    // The standard pattern's controller, request and response of version n live in <Area>/V<n>/ (as the Shop's Products/V2).
    private static bool IsStandardSource(string relative) => relative.StartsWith("src/Skeleton/Gadgets/", StringComparison.Ordinal);

    private string RenamePath(string relative)
    {
        if (spec.Version > 1 && IsStandardSource(relative))
        {
            relative = relative.Replace("src/Skeleton/Gadgets/", $"src/Skeleton/Gadgets/V{spec.Version}/", StringComparison.Ordinal);
        }

        return ReplaceNames(relative).Replace("Skeleton", service, StringComparison.Ordinal);
    }

    private string ReplaceRoute(string text)
    {
        var route = spec.Route.Template;
        return text
            .Replace($"/api/v1/gadgets/{SampleRoute}", FullRoute, StringComparison.Ordinal)
            .Replace($"(\"{SampleRoute}\", ", route.Length == 0 ? "(" : $"(\"{route[1..]}\", ", StringComparison.Ordinal)
            .Replace($"\"/{SampleRoute}\"", route.Length == 0 ? "\"/\"" : $"\"{route}\"", StringComparison.Ordinal)
            .Replace("/api/v1/gadgets", $"/api/v{spec.Version}/{segment}", StringComparison.Ordinal)
            .Replace("ApiVersion(\"2\")", $"ApiVersion(\"{spec.Version}\")", StringComparison.Ordinal)
            .Replace(".HasApiVersion(1)", $".HasApiVersion({spec.Version})", StringComparison.Ordinal)
            .Replace("MapPost(", $"Map{spec.MethodName}(", StringComparison.Ordinal)
            .Replace("[HttpPost(", $"[Http{spec.MethodName}(", StringComparison.Ordinal)
            .Replace("HttpMethod.Post", $"HttpMethod.{spec.MethodName}", StringComparison.Ordinal)
            .Replace("<c>POST ", $"<c>{spec.Method} ", StringComparison.Ordinal);
    }

    // The use case first (RegisterGadget holds the sample's singular), then the module, the area's segment and name.
    private string ReplaceNames(string text)
    {
        var renamed = text.Replace("RegisterGadget", spec.UseCase.Pascal, StringComparison.Ordinal);
        if (module is not null)
        {
            renamed = SampleModule().Replace(renamed, module.Pascal);
        }

        return renamed
            .Replace("ShopApp", fixture, StringComparison.Ordinal)
            .Replace("\"gadgets\"", $"\"{spec.Area.Snake}\"", StringComparison.Ordinal)
            .Replace("/gadgets", "/" + segment, StringComparison.Ordinal)
            .Replace("gadgets", ResourceSnippets.Identifier(spec.Area.Camel), StringComparison.Ordinal)
            .Replace("Gadgets", module?.Pascal ?? spec.Area.Pascal, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)// <route:(?<kind>[a-z-]+)>\n(?<body>.*?)^[ \t]*// </route:\k<kind>>\n", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Region();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])Inventory(?![a-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex SampleModule();

    /// <summary>The lines each region becomes, from the use case's route parameters, body and name.</summary>
    internal sealed class Snippets(EndpointSpec spec, string segment)
    {
        private string UseCase => spec.UseCase.Pascal;

        public IReadOnlyList<string> Render(string kind, string modifiers = "public ") => kind switch
        {
            "action-signature" => [$"public DataEnvelope<{UseCase}Response> {UseCase}({string.Join(", ", Parameters(withTime: false))})"],
            "handler-signature" => [$"private static Ok<DataEnvelope<{UseCase}Response>> Handle({string.Join(", ", Parameters(withTime: true))})"],
            "response" => [$"var response = new {UseCase}Response({string.Join(", ", Arguments())});"],
            "response-record" => [$"{modifiers}sealed record {UseCase}Response({string.Join(", ", Members())});"],
            "test-path" => [$"private const string Path = \"/api/v{spec.Version}/{segment}{spec.Route.Sample()}\";"],
            "test-asserts" => [.. spec.Route.Parameters.Select(p => p.TestAssertion)],

            // clean: the command, the use case's handler and its DTO in the application, the endpoint calling it.
            "command-record" => [$"{modifiers}sealed record {UseCase}Command({string.Join(", ", RouteMembers().Append("string? Name"))});"],
            "dto-record" => [$"{modifiers}sealed record {UseCase}Dto({string.Join(", ", Members())});"],
            "use-case-signature" => [$"public Result<{UseCase}Dto> Handle({(spec.HasBody ? $"{UseCase}Command command" : string.Join(", ", RouteParameters()))})"],
            "dto" => [$"return new {UseCase}Dto({string.Join(", ", spec.Route.Parameters.Select(p => spec.HasBody ? $"command.{p.Property}" : p.Name).Concat(spec.HasBody ? ["command.Name!"] : []).Append("time.GetUtcNow()"))});"],
            "use-case-endpoint-signature" => [$"private static Results<Ok<DataEnvelope<{UseCase}Dto>>, ProblemHttpResult> Handle({string.Join(", ", Parameters(withTime: false).Append($"{UseCase}Handler useCase"))})"],
            "use-case-call" => [$"var result = useCase.Handle({(spec.HasBody ? $"new {UseCase}Command({string.Join(", ", spec.Route.Parameters.Select(p => p.Name).Append("request.Name"))})" : string.Join(", ", spec.Route.Parameters.Select(p => p.Name)))});"],

            // hexagonal: the driving port, the use case behind it and what it answers, the HTTP adapter calling it.
            "port-signature" => [$"Result<{UseCase}Outcome> Handle({string.Join(", ", PortParameters())});"],
            "port-implementation" => [$"public Result<{UseCase}Outcome> Handle({string.Join(", ", PortParameters())})"],
            "outcome" => [$"return new {UseCase}Outcome({string.Join(", ", spec.Route.Parameters.Select(p => p.Name).Concat(spec.HasBody ? ["name"] : []).Append("time.GetUtcNow()"))});"],
            "outcome-record" => [$"{modifiers}sealed record {UseCase}Outcome({string.Join(", ", Members())});"],
            "port-endpoint-signature" => [$"private static Results<Ok<DataEnvelope<{UseCase}Response>>, ProblemHttpResult> Handle({string.Join(", ", Parameters(withTime: false).Append($"I{UseCase} useCase"))})"],
            "port-call" => [$"var result = useCase.Handle({string.Join(", ", spec.Route.Parameters.Select(p => p.Name).Concat(spec.HasBody ? ["request.Name"] : []))});"],
            "response-from" => [$"var response = new {UseCase}Response({string.Join(", ", spec.Route.Parameters.Select(p => $"result.Value.{p.Property}").Concat(spec.HasBody ? ["result.Value.Name"] : []).Append("result.Value.ReceivedAt"))});"],
            _ => throw new ScaffoldingException($"The endpoint item templates have an unknown region '{kind}'.", "Reinstall the rampart tool.", ScaffoldingErrorKind.Environment),
        };

        private IEnumerable<string> Parameters(bool withTime)
        {
            foreach (var parameter in spec.Route.Parameters)
            {
                yield return $"{parameter.ClrType} {parameter.Name}";
            }

            if (spec.HasBody)
            {
                yield return $"{UseCase}Request request";
            }

            if (withTime)
            {
                yield return "TimeProvider time";
            }
        }

        private IEnumerable<string> RouteParameters() => spec.Route.Parameters.Select(p => $"{p.ClrType} {p.Name}");

        private IEnumerable<string> RouteMembers() => spec.Route.Parameters.Select(p => $"{p.ClrType} {p.Property}");

        private IEnumerable<string> PortParameters() => RouteParameters().Concat(spec.HasBody ? ["string? name"] : []);

        private IEnumerable<string> Arguments() =>
            spec.Route.Parameters.Select(p => p.Name).Concat(spec.HasBody ? ["request.Name!"] : []).Append("time.GetUtcNow()");

        private IEnumerable<string> Members() =>
            RouteMembers().Concat(spec.HasBody ? ["string Name"] : []).Append("DateTimeOffset ReceivedAt");
    }
}
