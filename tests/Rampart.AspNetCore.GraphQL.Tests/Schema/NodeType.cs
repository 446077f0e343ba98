using GraphQL.Types;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed class NodeType : ObjectGraphType<TreeNode>
{
    public NodeType()
    {
        Name = "Node";
        Field(node => node.Name);
        Field<ListGraphType<NodeType>>("children").Resolve(context => context.Source.Children);
    }
}
