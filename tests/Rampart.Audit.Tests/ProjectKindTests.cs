using Rampart.Audit.Tests.Support;

namespace Rampart.Audit.Tests;

/// <summary>Rules that depend on what a project is: a tool without logging, a test project.</summary>
public sealed class ProjectKindTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Run_ConsoleInToolWithoutLoggingAndInService_OnlyTheServiceReported()
    {
        _folder.Write("Tool/Tool.csproj", Audits.Project.Replace("<Nullable>", "<OutputType>Exe</OutputType><Nullable>", StringComparison.Ordinal));
        _folder.Write("Tool/Program.cs", "foreach (var step in args) { Run(() => Console.WriteLine(step)); }\nstatic void Run(Action a) => a();\n");
        _folder.Write("Api/Api.csproj", Audits.Project.Replace("<Project Sdk=\"Microsoft.NET.Sdk\">", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">", StringComparison.Ordinal));
        _folder.Write("Api/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/\", () => { Console.WriteLine(\"hit\"); return \"ok\"; });\napp.Run();\n");

        var result = await new AuditRunner().RunAsync(new AuditOptions { Path = _folder.Path, Rules = ["RMP4003"] });

        Assert.Equal(["RMP4003 Api/Program.cs:2"], Audits.Keys(result));
    }

    [Fact]
    public async Task Run_TestUserPasswordsInTestProject_NotReportedButKnownTokensAre()
    {
        _folder.Write("Tests/Tests.csproj", Audits.Project.Replace("</Project>", "<ItemGroup><PackageReference Include=\"xunit\" Version=\"2.9.3\" /></ItemGroup></Project>", StringComparison.Ordinal));
        _folder.Write("Tests/LoginTests.cs", """
            namespace Tests;

            public sealed record Login(string Email, string Password);

            public static class LoginTests
            {
                public static Login Data() => new("user@test", "password") { Password = "p@ssw0rd1" };
                public const string Leaked = "ghp_0123456789abcdefghijABCDEFGHIJ012345";
            }
            """);

        var result = await new AuditRunner().RunAsync(new AuditOptions { Path = _folder.Path, Rules = ["RMP5001"] });

        Assert.Equal(["RMP5001 Tests/LoginTests.cs:8"], Audits.Keys(result));
    }

    public void Dispose() => _folder.Dispose();
}
