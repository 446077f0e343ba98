using Rampart.LocalServers;
namespace Rampart.Scaffolding.Doctor;

/// <summary>The outcome of one check.</summary>
/// <param name="Check">What was checked, for example <c>PostgreSQL</c>.</param>
/// <param name="Status">How it came out.</param>
/// <param name="Detail">What was found: a version and a path, or what is missing.</param>
/// <param name="Install">For something missing: the install command per platform.</param>
/// <param name="Fix">For anything else that fails: what to do.</param>
public sealed record DoctorFinding(string Check, DoctorStatus Status, string Detail, InstallAdvice? Install = null, string? Fix = null);
