using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotHardcodeSecretsAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotHardcodeSecretsAnalyzerTests
{
    [Fact]
    public Task SecretsByShapeAndByName_Report() => Verify.VerifyAsync("""
        namespace Shop.Infrastructure;

        public static class Settings
        {
            public const string Database = [|"Host=db;Database=shop;Username=shop;Password=Pr0d-S3cret!"|];
            public const string Aws = [|"AKIAIOSFODNN7EXAMPLE"|];
            public static readonly string JwtSigningKey = [|"f3Kq9xZ2LmP8vR1tW6yB4nC7"|];

            public static byte[] Signing() => new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes([|"super_secret_key_1234567890"|])).Key;

            public static Dictionary<string, string?> InMemory() => new()
            {
                ["Payments:ApiKey"] = [|"pk9Zq2Lm4Xv8Rt1Wb6Yn3Cd7"|],
            };
        }
        """);

    [Fact]
    public Task PlaceholdersNamesAndLowEntropy_DoNotReport() => Verify.VerifyAsync("""
        namespace Shop.Infrastructure;

        public static class Settings
        {
            public const string Database = "Host=localhost;Database=shop;Username=shop;Password=";
            public const string Template = "Host=db;Password={0}";
            public const string Placeholder = "Host=db;Password=<your-password>";
            public const string PasswordHeader = "X-Password-Reset-Token-Header";
            public static readonly string ApiKeySectionName = "Payments:ApiKey";
            public static readonly string Token = "aaaaaaaaaaaaaaaaaaaa";
            public static readonly string Secret = "changeme-in-production";
            public static readonly string Greeting = "Welcome to the Shop, friend";
            public static readonly string ClientSecret = "replace-with-the-client-secret";
            public static byte[] Hash(string input) => new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(input)).Key;
            public static byte[] Bytes() => System.Text.Encoding.UTF8.GetBytes("plain text that is not a key at all");
        }

        public sealed record DependencyRule(string From, string To, string Why);

        public static class Rules
        {
            public static readonly DependencyRule[] All =
            [
                new("Shop.SharedKernel", "Shop.Modules.*", "The shared kernel knows no module."),
                new("Shop.Modules.*", "Shop.Modules.*", "Modules talk only through events."),
            ];
        }
        """);

    [Fact]
    public Task TargetTypedKeyCreation_Reports() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        namespace Shop.Infrastructure;

        public static class Signing
        {
            public static byte[] Sign(byte[] data)
            {
                using HMACSHA256 hmac = new(System.Text.Encoding.UTF8.GetBytes([|"q8Zr2LwX0vNp4TkE7yHs"|]));
                return hmac.ComputeHash(data);
            }
        }
        """);

    [Fact]
    public Task ShortKnownSecretsAndPositionalPasswords_Report() => Verify.VerifyAsync("""
        using System.Net;

        namespace Shop.Infrastructure;

        public sealed class Secret(string value) { public string Value { get; } = value; }

        public static class HashExtensions { public static string Sha256(this string input) => input; }

        public sealed class Client
        {
            public string ClientSecret { get; set; } = [|"secret"|];
            public Secret[] Secrets { get; set; } = [new Secret([|"secret"|].Sha256())];
        }

        public static class Mail
        {
            public static NetworkCredential Credentials() => new("mailer", [|"Pa55word!"|]);
            public static void Connect(string host, string user, string password) { }
            public static void Open() => Connect("smtp.example.test", "mailer", [|"hunter22"|]);
        }
        """);

    [Fact]
    public Task KeyNamesLabelsAndPositionalNonSecrets_DoNotReport() => Verify.VerifyAsync("""
        namespace Shop.Infrastructure;

        public static class Keys
        {
            public const string PasswordKey = "password";
            public const string PasswordField = "Password";
            public const string SecretName = "client-secret";
            public static readonly string ClientSecret = "";
            public static readonly string Password = "${DB_PASSWORD}";
            public static readonly string PasswordHint = "At least twelve characters";

            public static void Connect(string host, string user) { }
            public static void Open() => Connect("smtp.example.test", "mailer");
        }
        """);

    [Fact]
    public Task FieldNamesWrittenAsValues_DoNotReport() => Verify.VerifyAsync("""
        using System.Net;

        namespace Shop.Infrastructure;

        public static class Mail
        {
            public static NetworkCredential Credentials() => new("_username", "_password");
        }
        """);
}
