using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>
/// Base for rules about endpoints. Lambda handlers and controller actions are analysed where they are seen;
/// method-group handlers (<c>app.MapGet("/", GetOrders)</c>) are analysed at the end, once every <c>Map*</c> call is known.
/// </summary>
internal abstract class EndpointAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.For(start.Compilation);
            var run = new Run(this, symbols);
            OnCompilationStart(start, run);
            start.RegisterOperationAction(run.OnInvocation, OperationKind.Invocation);
            start.RegisterOperationBlockAction(run.OnMethodBody);
            start.RegisterCompilationEndAction(run.OnEnd);
        });
    }

    /// <summary>Analyses one endpoint and reports what it finds.</summary>
    protected abstract void AnalyzeEndpoint(Endpoint endpoint, Action<Diagnostic> report);

    /// <summary>Lets a rule watch the compilation for facts that change its verdict (for example a fallback policy).</summary>
#pragma warning disable RS1012 // The base hook is empty by design; rules that need it register their actions in overrides.
    protected virtual void OnCompilationStart(CompilationStartAnalysisContext context, Run run)
    {
    }
#pragma warning restore RS1012

    /// <summary>Whether a collected finding is still reported at the end; rules that defer override this.</summary>
    protected virtual bool KeepAtEnd(Run run, Diagnostic diagnostic) => true;

    /// <summary>When true, every finding waits for the end of the compilation and passes <see cref="KeepAtEnd"/>.</summary>
    protected virtual bool DeferAll => false;

    /// <summary>The per-compilation state of one analyzer run.</summary>
    internal sealed class Run(EndpointAnalyzer owner, KnownSymbols symbols)
    {
        private readonly ConcurrentDictionary<IMethodSymbol, IOperation> _bodies = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentBag<(IMethodSymbol Method, string? Verb, IInvocationOperation Map)> _methodGroups = [];
        private readonly ConcurrentBag<Diagnostic> _deferred = [];
        private readonly ConcurrentDictionary<string, bool> _flags = new(StringComparer.Ordinal);

        public KnownSymbols Symbols { get; } = symbols;

        public void SetFlag(string name) => _flags[name] = true;

        public bool HasFlag(string name) => _flags.ContainsKey(name);

        /// <summary>Holds a finding a rule found outside an endpoint until the end, where <see cref="KeepAtEnd"/> decides.</summary>
        public void Defer(Diagnostic diagnostic) => _deferred.Add(diagnostic);

        public void OnInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!EndpointDiscovery.IsMapCall(invocation, Symbols, out var verb))
            {
                return;
            }

            switch (EndpointDiscovery.GetHandlerArgument(invocation))
            {
                case IAnonymousFunctionOperation lambda:
                    Analyze(new Endpoint(lambda.Symbol, lambda.Body, verb, invocation, Symbols), context.ReportDiagnostic);
                    break;
                case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference
                    when FindLocalFunction(invocation, reference.Method) is { } local:
                    Analyze(new Endpoint(reference.Method, local.Body, verb, invocation, Symbols), context.ReportDiagnostic);
                    break;
                case IMethodReferenceOperation reference:
                    _methodGroups.Add((reference.Method.OriginalDefinition, verb, invocation));
                    break;
            }
        }

        /// <summary>Finds a local function handler (common in top-level Program.cs) in the code around the Map call.</summary>
        private static ILocalFunctionOperation? FindLocalFunction(IOperation site, IMethodSymbol function)
        {
            var root = site;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            return root.Descendants().OfType<ILocalFunctionOperation>()
                .FirstOrDefault(l => SymbolEqualityComparer.Default.Equals(l.Symbol, function));
        }

        public void OnMethodBody(OperationBlockAnalysisContext context)
        {
            if (context.OwningSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
            {
                return;
            }

            var body = context.OperationBlocks.OfType<IMethodBodyOperation>().FirstOrDefault() ??
                context.OperationBlocks.FirstOrDefault(b => b is IBlockOperation);
            if (body is null)
            {
                return;
            }

            if (EndpointDiscovery.IsControllerAction(method, Symbols))
            {
                Analyze(new Endpoint(method, body, EndpointDiscovery.GetActionVerb(method), null, Symbols), context.ReportDiagnostic);
            }
            else
            {
                _bodies[method] = body;
            }
        }

        public void OnEnd(CompilationAnalysisContext context)
        {
            foreach (var (method, verb, map) in _methodGroups)
            {
                _bodies.TryGetValue(method, out var body);
                Analyze(new Endpoint(method, body, verb, map, Symbols), context.ReportDiagnostic, atEnd: true);
            }

            foreach (var diagnostic in _deferred)
            {
                if (owner.KeepAtEnd(this, diagnostic))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        private void Analyze(Endpoint endpoint, Action<Diagnostic> report, bool atEnd = false)
        {
            if (!owner.DeferAll)
            {
                owner.AnalyzeEndpoint(endpoint, report);
                return;
            }

            owner.AnalyzeEndpoint(endpoint, atEnd ? d => { if (owner.KeepAtEnd(this, d)) { report(d); } } : _deferred.Add);
        }
    }
}
