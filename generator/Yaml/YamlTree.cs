using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PeerHub.Yaml;

/// <summary>Where a node starts in its YAML text: 1-based line and column, as YamlDotNet's marks count them.</summary>
public readonly record struct YamlMark(int Line, int Column);

/// <summary>
/// A YAML node as the binder reads it: a mapping, a sequence or a scalar, with where it starts. Both readers make
/// these: <see cref="BlockYamlReader"/> for the plain block YAML of front matter, YamlDotNet for everything else.
/// </summary>
public abstract record YamlValue(YamlMark Start)
{
    /// <summary>
    /// The same tree for a node YamlDotNet loaded. It recurses and copies every alias: only pass nodes loaded through
    /// <see cref="YamlBinder.Parse"/>, whose guard bounds the depth and the copies (<see cref="YamlLimits"/>).
    /// </summary>
    public static YamlValue From(YamlNode node)
    {
        var start = new YamlMark((int)node.Start.Line, (int)node.Start.Column);
        return node switch
        {
            YamlMappingNode map => new YamlMapping(start,
                map.Children.Select(kv => new KeyValuePair<YamlValue, YamlValue>(From(kv.Key), From(kv.Value))).ToList()),
            YamlSequenceNode seq => new YamlSequence(start, seq.Children.Select(From).ToList()),
            YamlScalarNode scalar => new YamlScalar(start, scalar.Value, scalar.Style),
            _ => new YamlScalar(start, null, ScalarStyle.Plain),
        };
    }
}

public sealed record YamlMapping(YamlMark Start, IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> Children) : YamlValue(Start);

public sealed record YamlSequence(YamlMark Start, IReadOnlyList<YamlValue> Children) : YamlValue(Start);

/// <summary>A scalar: its text (after quotes, escapes and folding) and how it was written.</summary>
public sealed record YamlScalar(YamlMark Start, string? Value, ScalarStyle Style) : YamlValue(Start);
