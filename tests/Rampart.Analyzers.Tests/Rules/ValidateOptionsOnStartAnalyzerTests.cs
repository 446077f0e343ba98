using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.ValidateOptionsOnStartAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class ValidateOptionsOnStartAnalyzerTests
{
    [Fact]
    public Task BindingWithoutValidateOnStart_Reports() => Verify.VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOptions<ShopOptions>().[|BindConfiguration("Shop")|];
        builder.Services.AddOptions<MailOptions>().[|Bind(builder.Configuration.GetSection("Mail"))|].ValidateDataAnnotations();
        builder.Services.[|Configure<ShopOptions>(builder.Configuration.GetSection("Shop"))|];
        builder.Build().Run();

        sealed class ShopOptions { public int PageSize { get; set; } }
        sealed class MailOptions { public string Host { get; set; } = ""; }
        """);

    [Fact]
    public Task ValidatedOnStartOrConfiguredInCode_DoesNotReport() => Verify.VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOptions<ShopOptions>().BindConfiguration("Shop").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.Configure<ShopOptions>(o => o.PageSize = 50);
        builder.Build().Run();

        sealed class ShopOptions { public int PageSize { get; set; } }
        """);
}
