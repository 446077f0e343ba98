using GraphQL.Types;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed class WidgetType : ObjectGraphType<Widget>
{
    public WidgetType()
    {
        Name = "Widget";
        Field(widget => widget.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(widget => widget.Name);
    }
}
