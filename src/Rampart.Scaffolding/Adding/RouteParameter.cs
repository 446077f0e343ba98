namespace Rampart.Scaffolding.Adding;

/// <summary>A parameter of an endpoint's route: its name (camelCase, the handler's parameter) and its constraint.</summary>
/// <param name="Name">The name, such as <c>orderId</c>.</param>
/// <param name="Constraint"><c>guid</c>, <c>int</c>, <c>long</c>, or <c>""</c> for text.</param>
public sealed record RouteParameter(string Name, string Constraint)
{
    /// <summary>The segment as the route writes it: <c>{orderId:guid}</c>.</summary>
    public string Segment => Constraint.Length == 0 ? $"{{{Name}}}" : $"{{{Name}:{Constraint}}}";

    /// <summary>The C# type the handler binds it to.</summary>
    public string ClrType => Constraint switch
    {
        "guid" => "Guid",
        "int" => "int",
        "long" => "long",
        _ => "string",
    };

    /// <summary>The property of the response that echoes it: <c>OrderId</c>.</summary>
    public string Property => char.ToUpperInvariant(Name[0]) + Name[1..];

    /// <summary>The value the generated test puts in the route.</summary>
    public string SampleText => Constraint switch
    {
        "guid" => "0190f7c1-5b7e-7b4e-9c3a-2d4f6a8b1c0e",
        "int" => "42",
        "long" => "4200000000",
        _ => "sample",
    };

    /// <summary>The test's assertion that the response echoes the value.</summary>
    public string TestAssertion => Constraint switch
    {
        "int" => $"Assert.Equal({SampleText}, data.GetProperty(\"{Name}\").GetInt32());",
        "long" => $"Assert.Equal({SampleText}L, data.GetProperty(\"{Name}\").GetInt64());",
        _ => $"Assert.Equal(\"{SampleText}\", data.GetProperty(\"{Name}\").GetString());",
    };
}
