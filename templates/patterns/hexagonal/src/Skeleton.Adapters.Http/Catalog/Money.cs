namespace Skeleton.Adapters.Http.Catalog;

/// <summary>An amount of money in a currency (an ISO 4217 code such as <c>EUR</c>).</summary>
internal sealed record Money(decimal Amount, string Currency);
