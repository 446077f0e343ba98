using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.GraphQL.Errors;

namespace Rampart.AspNetCore.GraphQL.Tests;

public sealed class RampartErrorInfoProviderTests
{
    private static readonly RampartErrorInfoProvider Production = new(new Environment(Environments.Production));

    [Fact]
    public void GetInfo_RampartError_CarriesItsCodeDetailAndFieldErrors()
    {
        var error = Error.Validation("catalog.invalid_product", "price", "price must be positive.");

        var info = Production.GetInfo(new RampartExecutionError(error));

        Assert.Equal("price must be positive.", info.Message);
        Assert.Equal("catalog.invalid_product", info.Extensions!["code"]);
        var fields = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string[]>>(info.Extensions["errors"]);
        Assert.Equal(["price must be positive."], fields["price"]);
    }

    [Fact]
    public void GetInfo_ClassifiedUnhandledError_CarriesTheClassifiedCode()
    {
        var classified = new RampartExecutionError(Error.Conflict("orders.already_cancelled", "The order is already cancelled."));

        var info = Production.GetInfo(new UnhandledError("ignored", classified));

        Assert.Equal("orders.already_cancelled", info.Extensions!["code"]);
        Assert.Equal("The order is already cancelled.", info.Message);
    }

    [Fact]
    public void GetInfo_UnexpectedOutsideDevelopment_HidesTheExceptionAndGivesTheTraceId()
    {
        var unexpected = new UnexpectedResolverException("0af7651916cd43dd8448eb211c80319c", new InvalidOperationException("password=hunter2"));

        var info = Production.GetInfo(new UnhandledError("password=hunter2", unexpected));

        Assert.Equal(RampartErrorInfoProvider.UnexpectedDetail, info.Message);
        Assert.Equal(ProblemCodes.Unexpected, info.Extensions!["code"]);
        Assert.Equal("0af7651916cd43dd8448eb211c80319c", info.Extensions["traceId"]);
        Assert.False(info.Extensions.ContainsKey("exception"));
    }

    [Fact]
    public void GetInfo_UnexpectedInDevelopment_ShowsTheException()
    {
        var development = new RampartErrorInfoProvider(new Environment(Environments.Development));
        var unexpected = new UnexpectedResolverException("0af7651916cd43dd8448eb211c80319c", new InvalidOperationException("the bug"));

        var info = development.GetInfo(new UnhandledError("the bug", unexpected));

        Assert.Equal("the bug", info.Message);
        Assert.NotNull(info.Extensions!["exception"]);
    }

    [Fact]
    public void GetInfo_PlainExecutionError_IsUnexpected()
    {
        var info = Production.GetInfo(new ExecutionError("internal detail"));

        Assert.Equal(ProblemCodes.Unexpected, info.Extensions!["code"]);
        Assert.Equal(RampartErrorInfoProvider.UnexpectedDetail, info.Message);
    }

    [Fact]
    public void GetInfo_DocumentErrors_HaveTheirCodes()
    {
        Assert.Equal(GraphQLErrorCodes.IntrospectionDisabled, Production.GetInfo(new NoIntrospectionError(default, null!)).Extensions!["code"]);
        Assert.Equal(GraphQLErrorCodes.InvalidDocument, Production.GetInfo(new ValidationError("Cannot query field 'x'.")).Extensions!["code"]);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
