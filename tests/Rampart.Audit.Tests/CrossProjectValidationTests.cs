using Rampart.Audit.Tests.Support;

namespace Rampart.Audit.Tests;

/// <summary>A request validated by a validator in another project of the solution is validated.</summary>
public sealed class CrossProjectValidationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Run_ValidatorInApplicationProject_BodyNotReported()
    {
        Project("FluentValidation", "Microsoft.NET.Sdk", string.Empty, """
            namespace FluentValidation;

            public abstract class AbstractValidator<T>;
            """);
        Project("Application", "Microsoft.NET.Sdk", "<ProjectReference Include=\"../FluentValidation/FluentValidation.csproj\" />", """
            using FluentValidation;

            namespace Application;

            public sealed record CreateProduct(string Name);

            public sealed record RenameProduct(string Name);

            public sealed class CreateProductValidator : AbstractValidator<CreateProduct>;
            """);
        Project("Api", "Microsoft.NET.Sdk.Web", "<ProjectReference Include=\"../Application/Application.csproj\" />", """
            using Application;

            var app = WebApplication.CreateBuilder(args).Build();
            app.MapPost("/products", (CreateProduct request) => Results.Accepted());
            app.MapPut("/products/name", (RenameProduct request) => Results.Accepted());
            app.Run();
            """);

        var result = await new AuditRunner().RunAsync(new AuditOptions { Path = _folder.Path, Rules = ["RMP2002"] });

        Assert.Equal(["RMP2002 Api/Code.cs:5"], Audits.Keys(result));
    }

    public void Dispose() => _folder.Dispose();

    private void Project(string name, string sdk, string references, string code)
    {
        _folder.Write($"{name}/{name}.csproj", $"""
            <Project Sdk="{sdk}">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup>{references}</ItemGroup>
            </Project>
            """);
        _folder.Write($"{name}/Code.cs", code);
    }
}
