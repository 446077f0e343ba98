namespace Rampart.Scaffolding.Templates;

/// <summary>A file to generate: its path relative to the solution folder ('/'-separated) and its bytes.</summary>
internal sealed record PlannedFile(string RelativePath, ReadOnlyMemory<byte> Content);
