namespace Rampart.AspNetCore.Telemetry;

/// <summary>Registered when <c>Rampart:Telemetry:Prometheus</c> is on, so the platform endpoints know to map <c>/metrics</c>.</summary>
internal sealed class PrometheusScraping;
