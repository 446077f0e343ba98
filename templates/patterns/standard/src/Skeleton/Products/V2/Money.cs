namespace Skeleton.Products.V2;

/// <summary>An amount of money in a currency (an ISO 4217 code such as <c>EUR</c>).</summary>
public sealed record Money(decimal Amount, string Currency);
