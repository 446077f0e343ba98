namespace Rampart.Scaffolding.Templates;

/// <summary>A preprocessor symbol defined when <see cref="Option"/> has <see cref="Value"/>.</summary>
internal sealed record TemplateSymbol(string Option, string Value);
