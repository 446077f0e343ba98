namespace Rampart.Scaffolding.Adding;

/// <summary>
/// A checked <see cref="AddEndpointRequest"/>: the area and use case named (<c>orders/place-order</c> → <c>Orders</c>,
/// <c>PlaceOrder</c>), the method, the normalised route, who may call it, whether it needs an <c>Idempotency-Key</c> and
/// the API version it is mapped under.
/// </summary>
internal sealed record EndpointSpec(Naming Area, Naming UseCase, string Method, EndpointRoute Route, string Auth, bool Idempotent, int Version)
{
    /// <summary>The methods <c>--method</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>The callers <c>--auth</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Callers = ["anonymous", "customer", "admin"];

    /// <summary>The highest version <c>--version</c> accepts.</summary>
    public const int MaxVersion = 9;

    // Types and folders every generated service uses unqualified: a use case by that name would shadow them.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Task", "Program", "Entity", "Result", "Error", "Errors", "Page", "Guid", "String", "Object", "Type", "Exception", "Attribute", "Action",
        "Version", "Data", "Platform", "Tests", "Migrations", "Properties", "Health", "System", "Microsoft", "Rampart", "Features", "Shared",
        "Database", "Modules", "Module", "Contracts", "Host", "SharedKernel", "Support", "Architecture", "Envelope",
    };

    /// <summary>The spec of <paramref name="request"/>, or a <see cref="ScaffoldingException"/> naming the first problem.</summary>
    public static EndpointSpec Parse(AddEndpointRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = request.Name.Trim().Split('/');
        if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ScaffoldingException(
                $"'{request.Name.Trim()}' is not <Area>/<UseCase>.",
                "Name the area and the use case, such as orders/place-order (the area is the feature folder, module, resource folder or use-case area of the pattern).");
        }

        var area = Naming.Parse(parts[0], "area");
        var useCase = Naming.Parse(parts[1], "use case");
        foreach (var name in new[] { area.Pascal, useCase.Pascal }.Where(Reserved.Contains))
        {
            throw new ScaffoldingException(
                $"The name '{name}' is reserved: it is a type or folder every generated service uses already.",
                $"Choose a more specific name (e.g. {(name == useCase.Pascal ? "Get" + name + "Summary" : name + "Area")}).");
        }

        if (useCase.Pascal == area.Pascal)
        {
            throw new ScaffoldingException($"The use case {useCase.Pascal} has the area's name.", $"Name the use case for what it does, such as Get{area.Pascal}Summary.");
        }

        var method = request.Method.Trim().ToUpperInvariant();
        if (!Methods.Contains(method))
        {
            throw new ScaffoldingException($"--method '{request.Method.Trim()}' is not an HTTP method rampart add endpoint makes.", $"Use one of {string.Join(", ", Methods)}.");
        }

        var auth = string.IsNullOrWhiteSpace(request.Auth) ? "customer" : request.Auth.Trim().ToLowerInvariant();
        if (!Callers.Contains(auth))
        {
            throw new ScaffoldingException($"--auth '{request.Auth!.Trim()}' is not a caller rampart add endpoint knows.", $"Use one of {string.Join(", ", Callers)} (customer is every signed-in user).");
        }

        if (request.Idempotent && method is "GET" or "DELETE")
        {
            throw new ScaffoldingException($"--idempotent with {method}: {method} is idempotent by definition, and Idempotency-Key is for the state-changing POST, PUT and PATCH.", "Leave --idempotent out, or use --method POST, PUT or PATCH.");
        }

        if (request.Version is < 1 or > MaxVersion)
        {
            throw new ScaffoldingException($"--version {request.Version} is not an API version rampart add endpoint maps (1 to {MaxVersion}).", "Use --version 2 to map the endpoint under /api/v2, or leave it out for /api/v1.");
        }

        return new EndpointSpec(area, useCase, method, EndpointRoute.Parse(request.Route), auth, request.Idempotent, request.Version);
    }

    /// <summary>Whether the request has a JSON body (POST, PUT and PATCH).</summary>
    public bool HasBody => Method is "POST" or "PUT" or "PATCH";

    /// <summary>The method as ASP.NET Core names it: <c>Post</c> (<c>MapPost</c>, <c>HttpPost</c>, <c>HttpMethod.Post</c>).</summary>
    public string MethodName => Method[..1] + Method[1..].ToLowerInvariant();
}
