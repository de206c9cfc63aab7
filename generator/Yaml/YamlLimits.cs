namespace PeerHub.Yaml;

/// <summary>
/// How much a YAML document may ask of the machine. Content arrives in pull requests from strangers, so a few hundred
/// bytes must not be able to ask for gigabytes (aliases of aliases, the "billion laughs") or for more stack than a
/// thread has (lists nested many thousand deep). Each limit is far above what any content type needs and far below
/// what could hurt; crossing one is a PH0001 error at the line and column where it was crossed.
/// </summary>
public static class YamlLimits
{
    /// <summary>
    /// Mappings and lists inside each other, counted after aliases are expanded. The deepest record (a curriculum's
    /// sessions' activities) is 4 levels; 64 keeps the loader's and the binder's recursion a few kilobytes of stack.
    /// It is also where <see cref="BlockYamlReader"/> hands a text on.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Alias uses (<c>*name</c>) in one document. No content of the hub uses one; a few are harmless.</summary>
    public const int MaxAliases = 100;

    /// <summary>
    /// Nodes (scalars, lists, mappings) that aliases add to one document when expanded, as the binder walks a copy of
    /// the anchored node for every alias. Nodes written out are bounded by the file's size and are not counted.
    /// 10,000 nodes bind in about a millisecond; nine levels of nine aliases would be 387 million.
    /// </summary>
    public const int MaxCopiedNodes = 10_000;
}
