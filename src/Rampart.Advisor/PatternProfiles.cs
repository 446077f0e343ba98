namespace Rampart.Advisor;

/// <summary>The <see cref="PatternProfile"/> of every pattern, drawn from the seeds (selection table, vertical slices, clean architecture flow).</summary>
public static class PatternProfiles
{
    private const string Services = "services";

    /// <summary>The profile of <paramref name="pattern"/>.</summary>
    public static PatternProfile Get(ArchitecturePattern pattern) => pattern switch
    {
        ArchitecturePattern.Standard => new(
            pattern,
            "One project with feature folders and minimal ceremony: endpoints call a small service layer over the database.",
            ["The fastest start: little code that is not the feature itself.", "Anyone can find anything; no layering rules to learn."],
            ["Nothing stops one feature reaching into another's data, so coupling grows with size.", "Splitting it later means finding boundaries that were never drawn."],
            ["standard", "vertical-slice", "modular-monolith", Services],
            ["A second developer joins or the prototype becomes a product.", "Features start to share tables and change together by accident."]),
        ArchitecturePattern.ModularMonolith => new(
            pattern,
            "One deployable made of isolated modules, each like an internal service with vertical slices inside; modules talk only through events (outbox) or a module's public contract, never through another module's internals or tables.",
            ["Boundaries are enforced by architecture tests, so parts stay separable.", "One deployment, one database server and in-process calls: simple to run.", "A module can later become a service with its contract and events unchanged."],
            ["Module boundaries must be chosen early and defended.", "Cross-module reads go through contracts or events, not joins.", "More projects and wiring than a single-project layout."],
            ["modular-monolith", Services],
            ["One module needs to scale or release independently: extract it as a service.", "Modules keep needing each other's internals: redraw the boundaries."]),
        ArchitecturePattern.Clean => new(
            pattern,
            "Domain ← Application (use cases, ports) ← Infrastructure and Api: a framework-free domain with its invariants, orchestration in use cases, adapters at the edge.",
            ["Business rules are pure and unit-testable without a database or web host.", "Frameworks and storage can change without touching the domain.", "DDD vocabulary (aggregates, value objects, domain events) has a home."],
            ["More projects, interfaces and mapping than the problem may need.", "Simple CRUD pays the full layering cost.", "Needs a team that keeps the dependency rule without shortcuts."],
            ["clean", "modular-monolith", Services],
            ["The domain turns out to be mostly CRUD: the layers cost more than they protect.", "Several bounded contexts emerge: make each a module of a modular monolith."]),
        ArchitecturePattern.Hexagonal => new(
            pattern,
            "A domain core with inbound ports (use cases) and outbound ports (persistence, messaging, external APIs); every adapter is swappable and faked in tests.",
            ["Every external system sits behind a port, so it can be replaced or faked.", "The core is tested without any external system running.", "Integration failures stay inside their adapter."],
            ["One port and at least two adapters per integration: more code.", "Indirection makes the request path longer to follow.", "Overkill when there are few integrations."],
            ["hexagonal", "modular-monolith", Services],
            ["The number of integrations drops to one or two.", "Several domains grow inside the core: split it into modules."]),
        ArchitecturePattern.VerticalSlice => new(
            pattern,
            "One project organised by business capability: Features/<Feature>/<UseCase>/ holds the endpoint, request and validator, logic and data access, with a small shared kernel and no horizontal Controllers/Services/Repositories folders.",
            ["Changing a feature touches one folder.", "Little ceremony, yet a clear place for everything.", "Slices move into modules unchanged when the service grows."],
            ["Shared logic needs discipline to avoid copy-paste between slices.", "No enforced boundary between features' data."],
            ["vertical-slice", "modular-monolith", Services],
            ["Groups of slices start to own their own data: promote them to modules.", "The team grows past one group working on one project."]),
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown pattern."),
    };
}
