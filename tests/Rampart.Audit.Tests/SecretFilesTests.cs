using Rampart.Audit.Tests.Support;

namespace Rampart.Audit.Tests;

/// <summary>Secrets in configuration and request samples beside the code are found, with their file and line.</summary>
public sealed class SecretFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Run_SecretsInAppSettingsAndHttpFiles_ReportedAtTheirLines()
    {
        _folder.Write("Api/Api.csproj", Audits.Project);
        _folder.Write("Api/Program.cs", "public static class Program { public static void Main() { } }");
        _folder.Write("Api/appsettings.json", """
            {
              "ConnectionStrings": { "Shop": "Host=db.internal;Database=shop;Username=shop;Password=Pr0d-S3cret!" },
              "Payments": { "ApiKey": "pk9Zq2Lm4Xv8Rt1Wb6Yn3Cd7", "ApiKeyHeader": "X-Api-Key" },
              "Auth": { "ClientSecret": "secret", "Authority": "https://login.example.test" }
            }
            """);
        _folder.Write("Api/appsettings.Development.json", """
            {
              "ConnectionStrings": { "Shop": "Host=localhost;Username=postgres;Password=postgres" },
              "GitHub": { "Token": "ghp_0123456789abcdefghijABCDEFGHIJ012345" }
            }
            """);
        _folder.Write("Api/Requests/orders.http", """
            @host = http://localhost:5000
            @password = Sup3r-Secret-9
            @token = {{login.response.body.token}}

            GET {{host}}/orders
            Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop

            GET {{host}}/orders/2
            Authorization: Bearer {{token}}
            """);
        _folder.Write("Api/bin/Debug/appsettings.json", """{ "Password": "copied-by-the-build-1" }""");

        var result = await new AuditRunner().RunAsync(new AuditOptions { Path = _folder.Path, Rules = ["RMP5001"] });

        Assert.Equal(
            [
                "RMP5001 Api/Requests/orders.http:2",
                "RMP5001 Api/Requests/orders.http:6",
                "RMP5001 Api/appsettings.Development.json:3",
                "RMP5001 Api/appsettings.json:2",
                "RMP5001 Api/appsettings.json:3",
                "RMP5001 Api/appsettings.json:4",
            ],
            Audits.Keys(result).Order(StringComparer.Ordinal));
        Assert.All(result.Findings, f => Assert.Matches("^[0-9a-f]{32}$", f.Fingerprint));
    }

    [Fact]
    public async Task Run_AppSettingsExcludedInConfiguration_NotReported()
    {
        _folder.Write(".rampart.json", """{ "exclude": ["**/appsettings.json"] }""");
        _folder.Write("Api/Api.csproj", Audits.Project);
        _folder.Write("Api/appsettings.json", """{ "Password": "Pr0d-S3cret-value!" }""");

        var result = await new AuditRunner().RunAsync(new AuditOptions { Path = _folder.Path, Rules = ["RMP5001"] });

        Assert.Empty(result.Findings);
    }

    public void Dispose() => _folder.Dispose();
}
