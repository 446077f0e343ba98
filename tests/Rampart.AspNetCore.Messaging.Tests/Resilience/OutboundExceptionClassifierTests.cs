using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Polly.RateLimiting;
using Polly.Timeout;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Resilience;

namespace Rampart.AspNetCore.Messaging.Tests.Resilience;

public sealed class OutboundExceptionClassifierTests
{
    [Fact]
    public void Classify_OpenCircuitTimeoutOrConcurrencyLimit_IsUnavailable()
    {
        var classifiers = Classifiers();
        var context = new DefaultHttpContext();

        var open = Classify(classifiers, new OutboundCircuitOpenException("payments", TimeSpan.FromSeconds(30), null), context);
        var timeout = Classify(classifiers, new TimeoutRejectedException("too slow"), context);
        var limited = Classify(classifiers, new RateLimiterRejectedException("too many calls in flight"), context);

        Assert.Equal(("outbound.unavailable", ErrorKind.Unavailable, TimeSpan.FromSeconds(30)), (open!.Code, open.Kind, open.RetryAfter));
        Assert.Equal(("outbound.unavailable", ErrorKind.Unavailable, (TimeSpan?)null), (timeout!.Code, timeout.Kind, timeout.RetryAfter));
        Assert.Equal(("outbound.unavailable", ErrorKind.Unavailable), (limited!.Code, limited.Kind));
    }

    [Fact]
    public void Classify_OtherFailures_AreLeftToTheEdge()
    {
        var error = Classify(Classifiers(), new HttpRequestException("connection refused"), new DefaultHttpContext());

        Assert.Null(error);
    }

    private static IExceptionClassifier[] Classifiers()
    {
        var services = new ServiceCollection();
        services.AddHttpClient("payments").AddRampartResilience();
        services.AddHttpClient("stock").AddRampartResilience();
        var classifiers = services.BuildServiceProvider().GetServices<IExceptionClassifier>().ToArray();
        Assert.Single(classifiers);
        return classifiers;
    }

    private static Error? Classify(IExceptionClassifier[] classifiers, Exception exception, HttpContext context) =>
        classifiers.Select(c => c.Classify(exception, context)).FirstOrDefault(e => e is not null);
}
