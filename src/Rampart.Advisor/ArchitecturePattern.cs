namespace Rampart.Advisor;

/// <summary>The five architecture patterns Rampart can recommend and generate.</summary>
public enum ArchitecturePattern
{
    /// <summary>One project, feature folders, minimal ceremony: solo, prototype, CRUD, ASAP.</summary>
    Standard,

    /// <summary>Isolated modules that talk through events or public contracts; the seeds' default.</summary>
    ModularMonolith,

    /// <summary>Domain ← Application ← Infrastructure/Api, with a framework-free domain.</summary>
    Clean,

    /// <summary>A domain core behind inbound and outbound ports, with swappable adapters.</summary>
    Hexagonal,

    /// <summary>One project organised as <c>Features/&lt;Feature&gt;/&lt;UseCase&gt;/</c> with a small shared kernel.</summary>
    VerticalSlice,
}
