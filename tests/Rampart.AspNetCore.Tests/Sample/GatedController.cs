using Microsoft.AspNetCore.Mvc;
using Microsoft.FeatureManagement.Mvc;
using Rampart.AspNetCore.FeatureFlags;

namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>Controller actions behind feature flags, for <c>FeatureFlagTests</c>.</summary>
[ApiController]
[Route("api/v1/mvc/gated")]
public sealed class GatedController : ControllerBase
{
    [HttpGet("on")]
    [RequireFeature("Always")]
    public IActionResult On() => Ok("on");

    [HttpGet("off")]
    [RequireFeature("Never")]
    public IActionResult Off() => Ok("off");

    [HttpGet("beta")]
    [RequireFeature("Beta")]
    public IActionResult Beta() => Ok("beta");

    // The library's own attribute, to show what ours adds (ADR 0170).
    [HttpGet("library/off")]
    [FeatureGate("Never")]
    public IActionResult LibraryOff() => Ok("off");

    [HttpGet("library/beta")]
    [FeatureGate("Beta")]
    public IActionResult LibraryBeta() => Ok("beta");
}
