using Microsoft.AspNetCore.Http.HttpResults;

namespace Skeleton.Tests.Architecture.Planted.Adapters.Http.Composition;

/// <summary>Planted: the composition root answering a request itself instead of plugging an adapter in.</summary>
internal sealed class AnswersARequest(Ok<string> answer)
{
    public Ok<string> Answer { get; } = answer;
}
