namespace Rampart.Scaffolding.Upgrade;

/// <summary>A package pin <c>rampart upgrade</c> raises to the version the tool's template ships.</summary>
/// <param name="Id">The package id.</param>
/// <param name="From">The solution's version.</param>
/// <param name="To">The shipped version.</param>
public sealed record PinChange(string Id, string From, string To);
