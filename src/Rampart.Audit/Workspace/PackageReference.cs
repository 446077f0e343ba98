namespace Rampart.Audit.Workspace;

/// <summary>A package the project references; <see cref="Version"/> is null when neither the project nor central management names one.</summary>
internal sealed record PackageReference(string Id, string? Version);
