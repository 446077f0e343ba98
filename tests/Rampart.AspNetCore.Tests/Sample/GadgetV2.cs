namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>A gadget as version 2 shows it: the price an amount with its currency.</summary>
public sealed record GadgetV2(Guid Id, Money Price);
