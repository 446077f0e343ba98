using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Tests.Templates;

public sealed class ConditionalTextTests
{
    private static readonly HashSet<string> Symbols = ["RAMPART_BROKER_RABBITMQ"];

    private static string Apply(string text, params string[] defined) =>
        ConditionalText.Apply(text, Symbols, defined.ToHashSet(), "file");

    [Fact]
    public void Apply_CSharpSymbolDefined_KeepsBodyAndDropsDirectives() =>
        Assert.Equal("a\nrabbit\nb\n", Apply("a\n#if RAMPART_BROKER_RABBITMQ\nrabbit\n#endif\nb\n", "RAMPART_BROKER_RABBITMQ"));

    [Fact]
    public void Apply_CSharpSymbolUndefined_DropsBody() =>
        Assert.Equal("a\nb\n", Apply("a\n#if RAMPART_BROKER_RABBITMQ\nrabbit\n#endif\nb\n"));

    [Fact]
    public void Apply_Else_TakesTheOtherBranch() =>
        Assert.Equal("inprocess\n", Apply("#if RAMPART_BROKER_RABBITMQ\nrabbit\n#else\ninprocess\n#endif\n"));

    [Fact]
    public void Apply_Negated_InvertsTheCondition() =>
        Assert.Equal("inprocess\n", Apply("#if !RAMPART_BROKER_RABBITMQ\ninprocess\n#endif\n"));

    [Theory]
    [InlineData("<!--#if RAMPART_BROKER_RABBITMQ-->\n<X />\n<!--#endif-->\n")]
    [InlineData("  <!-- #if RAMPART_BROKER_RABBITMQ -->\n<X />\n  <!-- #endif -->\n")]
    [InlineData("//#if RAMPART_BROKER_RABBITMQ\n<X />\n//#endif\n")]
    public void Apply_CommentedDirectives_AreEvaluated(string text)
    {
        Assert.Equal("<X />\n", Apply(text, "RAMPART_BROKER_RABBITMQ"));
        Assert.Equal(string.Empty, Apply(text));
    }

    [Fact]
    public void Apply_ForeignDirective_IsKeptAsWritten()
    {
        const string Text = "#if DEBUG\ndebug\n#else\nrelease\n#endif\n#if DEBUG && TRACE\nx\n#endif\n";

        Assert.Equal(Text, Apply(Text));
    }

    [Fact]
    public void Apply_ForeignDirectiveInsideDroppedBranch_IsDroppedWithIt() =>
        Assert.Equal("end\n", Apply("#if RAMPART_BROKER_RABBITMQ\n#if DEBUG\nd\n#endif\n#endif\nend\n"));

    [Fact]
    public void Apply_CrLfLines_KeepTheirEndings() =>
        Assert.Equal("a\r\nb\r\n", Apply("a\r\n#if RAMPART_BROKER_RABBITMQ\r\nrabbit\r\n#endif\r\nb\r\n"));

    [Theory]
    [InlineData("#if RAMPART_BROKER_RABBITMQ\nx\n")]
    [InlineData("x\n#endif\n")]
    [InlineData("#if RAMPART_BROKER_RABBITMQ\nx\n#elif OTHER\ny\n#endif\n")]
    public void Apply_Unbalanced_Throws(string text) => Assert.Throws<ScaffoldingException>(() => Apply(text));
}
