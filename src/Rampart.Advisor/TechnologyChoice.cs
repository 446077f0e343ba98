namespace Rampart.Advisor;

/// <summary>A recommended technology with the reasons for it.</summary>
/// <param name="Id">A stable identifier, for example <c>postgresql</c> or <c>rabbitmq</c>.</param>
/// <param name="Name">The human name.</param>
/// <param name="Reasons">Why, in short sentences.</param>
public sealed record TechnologyChoice(string Id, string Name, IReadOnlyList<string> Reasons);
