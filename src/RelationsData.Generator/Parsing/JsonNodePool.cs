using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace RelationsData.Generator.Parsing;

/// <summary>
/// The tree nodes of a packed file's records, reused from line to line. A record's tree lives only while the record is
/// read into its spec, so the next line can take the same nodes, members and lists: the world's 170,250 records
/// otherwise make hundreds of megabytes of trees, and every collection they set off also copies the specs kept so far.
/// </summary>
internal sealed class JsonNodePool
{
    private readonly List<JsonNode> nodes = new();
    private readonly List<JsonMember> members = new();
    private int usedNodes;
    private int usedMembers;

    /// <summary>Takes back every node and member: the tree read before is not read again.</summary>
    public void Reset() => (usedNodes, usedMembers) = (0, 0);

    [MethodImpl(HotPath.Optimized)]
    public JsonNode Node(JsonTokenType kind, int start)
    {
        if (usedNodes < nodes.Count)
        {
            var node = nodes[usedNodes++];
            node.Reset(kind, start);
            return node;
        }

        var added = new JsonNode(kind, start);
        nodes.Add(added);
        usedNodes++;
        return added;
    }

    [MethodImpl(HotPath.Optimized)]
    public JsonMember Member(string name, int nameStart, int nameEnd, JsonNode value)
    {
        if (usedMembers < members.Count)
        {
            var member = members[usedMembers++];
            member.Reset(name, nameStart, nameEnd, value);
            return member;
        }

        var added = new JsonMember(name, nameStart, nameEnd, value);
        members.Add(added);
        usedMembers++;
        return added;
    }
}
