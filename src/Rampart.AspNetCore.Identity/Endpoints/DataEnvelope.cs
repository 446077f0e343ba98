namespace Rampart.AspNetCore.Identity;

/// <summary>The success envelope <c>{"data": …}</c> of the identity routes.</summary>
/// <typeparam name="T">The payload type.</typeparam>
/// <param name="Data">The payload.</param>
public sealed record DataEnvelope<T>(T Data);
