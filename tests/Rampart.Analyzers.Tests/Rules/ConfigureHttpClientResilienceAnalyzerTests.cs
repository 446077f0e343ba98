using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.ConfigureHttpClientResilienceAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class ConfigureHttpClientResilienceAnalyzerTests
{
    [Fact]
    public Task NewHttpClientAndBareRegistration_Report() => Verify.VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.[|AddHttpClient<PaymentsClient>()|];
        builder.Build().Run();

        sealed class PaymentsClient(HttpClient http)
        {
            public HttpClient Http => http;
            public static Task<string> PingAsync() => [|new HttpClient()|].GetStringAsync("https://payments.example/ping");
        }
        """);

    [Fact]
    public Task TimeoutsAndResilienceHandlers_DoNotReport() => Verify.VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHttpClient<PaymentsClient>(c => c.Timeout = TimeSpan.FromSeconds(5));
        builder.Services.AddHttpClient("carrier").AddStandardResilienceHandler();
        builder.Services.AddHttpClient("tracking").AddHttpMessageHandler<RetryHandler>();
        builder.Services.AddHttpClient();
        builder.Build().Run();

        sealed class RetryHandler : DelegatingHandler;

        sealed class PaymentsClient(HttpClient http)
        {
            public HttpClient Http => http;

            public static HttpClient Create() => new HttpClient { Timeout = TimeSpan.FromSeconds(5) };

            public static HttpClient CreateLater()
            {
                var client = new HttpClient();
                client.Timeout = TimeSpan.FromSeconds(5);
                return client;
            }
        }

        static class ResilienceStub
        {
            public static IHttpClientBuilder AddStandardResilienceHandler(this IHttpClientBuilder builder) => builder;
        }
        """);

    [Fact]
    public Task ResilientDefaults_CoverEveryRegistration() => Verify.VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
        builder.Services.AddHttpClient("carrier");
        builder.Build().Run();

        static class ResilienceStub
        {
            public static IHttpClientBuilder AddStandardResilienceHandler(this IHttpClientBuilder builder) => builder;
        }
        """);
}
