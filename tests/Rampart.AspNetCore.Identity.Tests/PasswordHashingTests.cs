using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.Testing;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class PasswordHashingTests
{
    [Fact]
    public void PasswordService_Defaults_HashWithPbkdf2Sha512And210000Iterations()
    {
        var passwords = new PasswordService(Options.Create(new RampartIdentityOptions()));
        var user = new RampartUser { Email = "a@shop.test", NormalizedEmail = "A@SHOP.TEST", PasswordHash = "" };

        var hash = Convert.FromBase64String(passwords.Hash(user, "Correct-Horse-42"));

        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u /* KeyDerivationPrf.HMACSHA512 */, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)));
    }

    [Fact]
    public void PasswordService_UnknownUser_AlwaysFails()
    {
        var passwords = new PasswordService(Options.Create(new RampartIdentityOptions { Passwords = { HashIterations = 1_000 } }));

        Assert.Equal(PasswordVerificationResult.Failed, passwords.Verify(null, "Correct-Horse-42"));
    }

    [Fact]
    public async Task Token_StoredHashCheaperThanConfigured_IsRehashedOnSignIn()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var key = new TestKey("hash-key");
        var email = IdentityClient.NewEmail();
        await using (var before = await IdentityTestHost.StartAsync(database.ConnectionString, key))
        {
            (await new IdentityClient(before.Client).RegisterAsync(email)).EnsureSuccessStatusCode();
        }

        await using var after = await IdentityTestHost.StartAsync(database.ConnectionString, key, options => options.Passwords.HashIterations = 2_000);
        await new IdentityClient(after.Client).SignInAsync(email);

        await using var scope = after.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<IIdentityStore>().FindUserByEmailAsync(EmailAddress.Normalize(email), CancellationToken.None);
        Assert.Equal(2_000u, BinaryPrimitives.ReadUInt32BigEndian(Convert.FromBase64String(user!.PasswordHash).AsSpan(5)));
        await new IdentityClient(after.Client).SignInAsync(email);
    }
}
