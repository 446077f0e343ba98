namespace Rampart.Benchmarks.Edge;

/// <summary>Which pipeline a benchmark host runs.</summary>
internal enum EdgeHostKind
{
    /// <summary>Routing, the endpoint and the framework's problem details: no Rampart.</summary>
    Bare,

    /// <summary>Rampart's request id (with its log scope and completion log) and problem details, then routing.</summary>
    RampartEdge,

    /// <summary>Everything <c>AddRampartDefaults</c> and <c>UseRampartDefaults</c> wire, tracing on without exporter.</summary>
    RampartDefaults,
}
