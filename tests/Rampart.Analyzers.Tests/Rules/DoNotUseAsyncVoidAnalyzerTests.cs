using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotUseAsyncVoidAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotUseAsyncVoidAnalyzerTests
{
    [Fact]
    public Task AsyncVoidMethodsAndLambdas_Report() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public sealed class Notifier
        {
            public async void [|Notify|](string email) => await Task.Delay(1);

            public void NotifyAll(List<string> emails)
            {
                emails.ForEach([|async|] e => await Task.Delay(1));
                async void [|Local|]() => await Task.Delay(1);
                Local();
            }
        }
        """);

    [Fact]
    public Task AsyncTaskAndEventHandlers_DoNotReport() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public sealed class Notifier
        {
            public event EventHandler? Sent;

            public async Task NotifyAsync() => await Task.Delay(1);

            public void Wire()
            {
                Sent += async (sender, args) => await Task.Delay(1);
                Func<Task> send = async () => await Task.Delay(1);
            }

            private async void OnSent(object? sender, EventArgs args) => await Task.Delay(1);
        }
        """);

    [Fact]
    public async Task HandlerOfAnUnresolvedUiFramework_DoesNotReport()
    {
        // WPF's RoutedEventArgs does not resolve on this machine, as on any Linux build agent.
        var source = Rampart.Analyzers.Tests.Support.MarkupSource.Parse("/src/Shop/MainWindow.cs", """
            namespace Shop.Desktop;

            public sealed class MainWindow
            {
                private async void Load_Click(object sender, RoutedEventArgs e) => await Task.Yield();
                private async void Refresh(int attempt) => await Task.Yield();
            }
            """);

        var diagnostics = await Verify.RunAsync([source], specificOptions: null, allowCompileErrors: true);

        Assert.Equal(["Refresh"], diagnostics.Select(d => d.Location.SourceTree!.ToString().Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
    }
}
