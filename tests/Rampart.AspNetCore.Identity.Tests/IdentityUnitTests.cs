using System.Security.Claims;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class IdentityUnitTests
{
    private static readonly PasswordRulesOptions Rules = new();

    [Theory]
    [InlineData("Correct-Horse-42", null)]
    [InlineData("123456789", "Use at least 10 characters.")]
    [InlineData("abcabcabcabc", "Use at least 5 different characters.")]
    [InlineData("Password123", "This password is too common.")]
    [InlineData("grace.hopper-1906", "The password must not contain the e-mail address.")]
    public void PasswordRules_Check_ExplainsTheFirstBrokenRule(string password, string? expected) =>
        Assert.Equal(expected, PasswordRules.Check(password, "grace.hopper@shop.test", Rules));

    [Fact]
    public void PasswordRules_Boundaries_TenAndOneHundredTwentyEightAccepted()
    {
        Assert.Null(PasswordRules.Check("abcde12345", null, Rules));
        Assert.Null(PasswordRules.Check(string.Concat(Enumerable.Repeat("abcdefgh", 16)), null, Rules));
        Assert.NotNull(PasswordRules.Check(string.Concat(Enumerable.Repeat("abcdefgh", 16)) + "x", null, Rules));
    }

    [Theory]
    [InlineData("a@b.co", true)]
    [InlineData("first.last+tag@sub.shop.test", true)]
    [InlineData("no-at.shop.test", false)]
    [InlineData("a@b", false)]
    [InlineData("a@.b.co", false)]
    [InlineData("a@b.co.", false)]
    [InlineData("a b@shop.test", false)]
    [InlineData("", false)]
    public void EmailAddress_IsValid_FollowsPlainAddressRules(string email, bool valid) =>
        Assert.Equal(valid, EmailAddress.IsValid(email));

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, 30)]
    [InlineData(4, 60)]
    [InlineData(5, 120)]
    [InlineData(6, 120)]
    [InlineData(1_000, 120)]
    public void LoginThrottle_LockFor_DoublesFromTheFreeLimitAndCaps(int failures, int? seconds)
    {
        var settings = new LoginThrottleOptions { BaseLockout = TimeSpan.FromSeconds(30), MaximumLockout = TimeSpan.FromSeconds(120) };

        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), LoginThrottle.LockFor(failures, free: 3, settings));
    }

    [Fact]
    public void LoginThrottle_Keys_HideTheEmailAndIp()
    {
        var key = LoginThrottle.AccountKey("GRACE@SHOP.TEST", "192.0.2.1");

        Assert.Equal(64, key.Length);
        Assert.DoesNotContain("GRACE", key, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(key, LoginThrottle.AccountKey("GRACE@SHOP.TEST", "192.0.2.2"));
        Assert.NotEqual(LoginThrottle.IpKey("192.0.2.1"), key);
    }

    [Fact]
    public void IsOwnerOrAdmin_Owner_IsTrue()
    {
        var owner = Guid.CreateVersion7();

        Assert.True(User(owner, RampartRoles.Customer).IsOwnerOrAdmin(owner));
    }

    [Fact]
    public void IsOwnerOrAdmin_Admin_IsTrue() =>
        Assert.True(User(Guid.CreateVersion7(), RampartRoles.Admin).IsOwnerOrAdmin(Guid.CreateVersion7()));

    [Fact]
    public void IsOwnerOrAdmin_Stranger_IsFalse() =>
        Assert.False(User(Guid.CreateVersion7(), RampartRoles.Customer).IsOwnerOrAdmin(Guid.CreateVersion7()));

    [Fact]
    public void IsOwnerOrAdmin_AnonymousWithEmptyOwner_IsFalse() =>
        Assert.False(new CurrentUser(new ClaimsPrincipal()).IsOwnerOrAdmin(Guid.Empty));

    [Fact]
    public void CurrentUser_Principal_ExposesIdEmailAndRoles()
    {
        var id = Guid.CreateVersion7();

        var user = User(id, RampartRoles.Customer, RampartRoles.Admin);

        Assert.True(user.IsAuthenticated);
        Assert.Equal(id, user.Id);
        Assert.Equal("someone@shop.test", user.Email);
        Assert.Equal(["customer", "admin"], user.Roles);
        Assert.Equal(id, user.RequireId());
    }

    [Fact]
    public void RequireId_Anonymous_ThrowsNamingTheMissingAuthorization()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new CurrentUser(new ClaimsPrincipal()).RequireId());

        Assert.Contains("require authorization", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefreshTokenValue_Create_Is32RandomBytesAsBase64UrlWhoseHashRoundTrips()
    {
        var (value, hash) = RefreshTokenValue.Create();
        var (other, _) = RefreshTokenValue.Create();

        Assert.Equal(43, value.Length);
        Assert.NotEqual(value, other);
        Assert.Equal(hash, RefreshTokenValue.TryHash(value));
        Assert.Null(RefreshTokenValue.TryHash(value + "A"));
    }

    private static CurrentUser User(Guid id, params string[] roles)
    {
        var claims = new List<Claim> { new(RampartClaimTypes.Subject, id.ToString()), new(RampartClaimTypes.Email, "someone@shop.test") };
        claims.AddRange(roles.Select(r => new Claim(RampartClaimTypes.Role, r)));
        return new CurrentUser(new ClaimsPrincipal(new ClaimsIdentity(claims, "Bearer", RampartClaimTypes.Email, RampartClaimTypes.Role)));
    }
}
