using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Mvc;

/// <summary>Answers an invalid model state with Rampart's validation problem.</summary>
internal sealed class RampartApiBehaviorSetup : IConfigureOptions<ApiBehaviorOptions>
{
    public void Configure(ApiBehaviorOptions options) =>
        options.InvalidModelStateResponseFactory = InvalidModelStateProblem.Create;
}
