namespace Skeleton.Application.Common;

/// <summary>The roles the use cases check: every registered user is a customer; administrators come from configuration.</summary>
public static class Roles
{
    public const string Customer = "customer";
    public const string Admin = "admin";
}
