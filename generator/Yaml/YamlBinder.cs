using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using PeerHub.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using PeerHub.Text;
using PeerHub.Model;

namespace PeerHub.Yaml;

/// <summary>
/// Binds a YAML node tree to the typed content records, reporting every problem with its position instead
/// of stopping at the first. Property <c>TrainingHours</c> is the key <c>training_hours</c>.
/// </summary>
public sealed class YamlBinder
{
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;

    /// <param name="lineOffset">Lines before the YAML text starts in the file (the front-matter fence).</param>
    public YamlBinder(string path, int lineOffset, DiagnosticBag diagnostics)
    {
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>Values starting with this are stubs written by <c>peerhub new</c>, waiting to be filled in.</summary>
    public const string PlaceholderPrefix = "TODO";

    public SourceSpan SpanOf(YamlValue node) => new(_path, node.Start.Line + _lineOffset, node.Start.Column);
    public SourceSpan SpanOf(YamlMark mark) => new(_path, mark.Line + _lineOffset, mark.Column);
    public SourceSpan SpanOf(Mark mark) => new(_path, (int)mark.Line + _lineOffset, (int)mark.Column);

    /// <summary>Parses YAML text; a syntax error becomes a diagnostic and the result is null.</summary>
    public YamlValue? Parse(string yaml)
    {
        // Front matter is nearly always plain block YAML, which the block reader takes several times faster;
        // whatever it does not take, and every error, is YamlDotNet's.
        if (BlockYamlReader.TryRead(yaml) is { } tree) return tree;
        var parser = new GuardedParser(new Parser(new StringReader(yaml)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 ? null : YamlValue.From(stream.Documents[0].RootNode);
        }
        catch (YamlLimitException e)
        {
            _diagnostics.Error(Codes.YamlSyntax, SpanOf(e.Start), e.Message);
            return null;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            // YamlDotNet places a tab used for indentation at the mapping or scalar it was reading; point at the tab.
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && IndentingTab(yaml, (int)e.Start.Line) is { } tab)
            {
                _diagnostics.Error(Codes.YamlSyntax, SpanOf(tab), "the YAML cannot be read: a tab indents this line; YAML indents with spaces only");
                return null;
            }
            _diagnostics.Error(Codes.YamlSyntax, SpanOf(e.Start), $"the YAML cannot be read: {message}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner can fail this way on an unclosed [ or {, and its loader on an event it does not
            // expect in some broken documents (the fuzzer found one); point at the last thing it read.
            _diagnostics.Error(Codes.YamlSyntax, SpanOf(parser.LastGood),
                "the YAML cannot be read after this point: check for an unclosed [ or {, or a quote that does not end");
            return null;
        }
    }

    /// <summary>The first tab among the spaces that start a line, from line <paramref name="fromLine"/> (1-based) on.</summary>
    private static YamlMark? IndentingTab(string yaml, int fromLine)
    {
        var line = 1;
        foreach (var text in yaml.Split('\n'))
        {
            var tab = text.AsSpan().IndexOfAnyExcept(' ');
            if (line >= fromLine && tab >= 0 && text[tab] == '\t') return new YamlMark(line, tab + 1);
            line++;
        }
        return null;
    }

    private sealed class YamlLimitException(Mark start, Mark end, string message) : YamlException(start, end, message);

    /// <summary>
    /// Sits between YamlDotNet's parser and its loader. It remembers where the last event started, for errors YamlDotNet
    /// reports without a place, and it stops a hostile text before the loader (which recurses once per level) or the
    /// binder (which walks every alias as a copy of its anchor) can run the machine out of stack or memory: see
    /// <see cref="YamlLimits"/>. The parser itself keeps its states on a heap stack, so it reads any nesting safely.
    /// </summary>
    private sealed class GuardedParser(IParser inner) : IParser
    {
        // One open mapping or sequence: the anchor it will be known by, its nodes so far, its height so far.
        private readonly Stack<(string? Anchor, int Size, int Height)> _open = new();
        // Every closed anchored node's size (its nodes, itself included) and height (levels of nesting in it).
        private readonly Dictionary<string, (int Size, int Height)> _anchors = new(StringComparer.Ordinal);
        private int _aliases;
        private int _copied;

        public Mark LastGood { get; private set; } = Mark.Empty;
        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is not { } current) return moved;
            LastGood = current.Start;
            switch (current)
            {
                case YamlDotNet.Core.Events.DocumentStart:
                    _open.Clear(); _anchors.Clear(); _aliases = 0; _copied = 0;
                    break;
                case YamlDotNet.Core.Events.Scalar scalar:
                    Closed(Anchor(scalar), 1, 0);
                    break;
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart:
                    if (_open.Count >= YamlLimits.MaxDepth)
                        throw new YamlLimitException(current.Start, current.End,
                            $"this YAML nests deeper than {YamlLimits.MaxDepth} levels (lists and mappings inside each other); content needs only a few");
                    _open.Push((Anchor((YamlDotNet.Core.Events.NodeEvent)current), 1, 1));
                    break;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    if (_open.TryPop(out var node)) Closed(node.Anchor, node.Size, node.Height);
                    break;
                case YamlDotNet.Core.Events.AnchorAlias alias:
                    Alias(alias);
                    break;
            }
            return moved;
        }

        private static string? Anchor(YamlDotNet.Core.Events.NodeEvent e) => e.Anchor.IsEmpty ? null : e.Anchor.Value;

        private void Alias(YamlDotNet.Core.Events.AnchorAlias alias)
        {
            var name = alias.Value.Value;
            if (++_aliases > YamlLimits.MaxAliases)
                throw new YamlLimitException(alias.Start, alias.End,
                    $"this YAML uses more than {YamlLimits.MaxAliases} aliases (`*name`); write the values out instead");
            if (!_anchors.TryGetValue(name, out var target))
            {
                // An alias inside the node it names would make an endless tree; one naming nothing YamlDotNet reports.
                if (_open.Any(o => o.Anchor == name))
                    throw new YamlLimitException(alias.Start, alias.End, $"the alias `*{name}` is inside the node `&{name}` it names, which would never end");
                return;
            }
            _copied += target.Size;
            if (_copied > YamlLimits.MaxCopiedNodes)
                throw new YamlLimitException(alias.Start, alias.End,
                    $"this YAML's aliases (`*name`) expand to more than {YamlLimits.MaxCopiedNodes:N0} values; write the values out instead");
            if (_open.Count + target.Height > YamlLimits.MaxDepth)
                throw new YamlLimitException(alias.Start, alias.End,
                    $"this YAML nests deeper than {YamlLimits.MaxDepth} levels once the alias `*{name}` is expanded");
            Closed(null, target.Size, target.Height);
        }

        /// <summary>A node is complete: remember it if anchored, and count it into the node it is in.</summary>
        private void Closed(string? anchor, int size, int height)
        {
            if (anchor is not null) _anchors[anchor] = (size, height);
            if (_open.TryPop(out var parent)) _open.Push((parent.Anchor, parent.Size + size, Math.Max(parent.Height, height + 1)));
        }
    }

    public T? Bind<T>(YamlValue node) where T : class => (T?)BindObject(typeof(T), node);

    /// <summary>Binds a YAML mapping into a record of the given type.</summary>
    public object? Bind(Type type, YamlValue node) => BindObject(type, node);

    /// <summary>Binds a YAML sequence of mappings into a list of <typeparamref name="T"/>.</summary>
    public IReadOnlyList<T> BindList<T>(YamlValue node) where T : class =>
        (IReadOnlyList<T>?)BindValue(typeof(IReadOnlyList<T>), node, "the file") ?? [];

    private object? BindObject(Type type, YamlValue node)
    {
        if (node is not YamlMapping map)
        {
            _diagnostics.Error(Codes.WrongType, SpanOf(node),
                $"expected a set of `key: value` lines here, but found {Describe(node)}");
            return null;
        }

        var shape = RecordShape.For(type);
        var props = shape.Properties;
        var instance = Activator.CreateInstance(type)!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Where each field's key and value were written, for rules checked after binding (FieldSpans).
        var positions = shape.Spans is null ? null : new int[4 * props.Count];
        var ok = true;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalar)?.Value ?? "";
            if (!shape.ByKey.TryGetValue(key, out var index))
            {
                var hint = Suggest.Closest(key, props.Select(p => p.Key));
                _diagnostics.Error(Codes.UnknownKey, SpanOf(keyNode),
                    $"unknown key `{key}`" + (hint is null ? "" : $"; did you mean `{hint}`?") +
                    $" (allowed: {string.Join(", ", props.Select(p => p.Key))})");
                ok = false;
                continue;
            }
            var prop = props[index];
            seen.Add(key);
            if (positions is not null)
            {
                positions[4 * index] = keyNode.Start.Line + _lineOffset;
                positions[(4 * index) + 1] = keyNode.Start.Column;
                positions[(4 * index) + 2] = valueNode.Start.Line + _lineOffset;
                positions[(4 * index) + 3] = valueNode.Start.Column;
            }
            if (IsNull(valueNode))
            {
                if (prop.Required)
                {
                    _diagnostics.Error(Codes.MissingField, SpanOf(valueNode), $"`{key}` is required but has no value");
                    ok = false;
                }
                continue;
            }
            var value = BindValue(prop.Property.PropertyType, valueNode, $"`{key}`");
            if (value is null) { ok = false; continue; }
            prop.Property.SetValue(instance, value);
        }

        foreach (var missing in props.Where(p => p.Required && !seen.Contains(p.Key)))
        {
            _diagnostics.Error(Codes.MissingField, SpanOf(map),
                $"missing required field `{missing.Key}`" + (missing.Description is { } d ? $" ({d})" : ""));
            ok = false;
        }

        // Records may keep where they were declared, so later stages can still point at the source.
        shape.At?.SetValue(instance, SpanOf(map));
        if (positions is not null) shape.Spans!.SetValue(instance, new FieldSpans(SpanOf(map), shape.Names, positions));
        return ok ? instance : null;
    }

    private object? BindValue(Type type, YamlValue node, string what)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return Scalar(node, what) is { } s ? s : null;
        if (underlying == typeof(SlugRef))
            return Scalar(node, what) is { } r ? new SlugRef(r.Trim(), SpanOf(node)) : null;
        if (underlying == typeof(int))
        {
            if (Scalar(node, what) is not { } s) return null;
            if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)) return i;
            _diagnostics.Error(Codes.WrongType, SpanOf(node), $"{what} must be a whole number, not `{s}`");
            return null;
        }
        if (underlying == typeof(double))
        {
            if (Scalar(node, what) is not { } s) return null;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)) return x;
            _diagnostics.Error(Codes.WrongType, SpanOf(node), $"{what} must be a number, not `{s}`");
            return null;
        }
        if (underlying == typeof(bool))
        {
            if (Scalar(node, what) is not { } s) return null;
            if (s is "true" or "yes") return true;
            if (s is "false" or "no") return false;
            _diagnostics.Error(Codes.WrongType, SpanOf(node), $"{what} must be true or false, not `{s}`");
            return null;
        }
        if (underlying.IsEnum)
        {
            if (Scalar(node, what) is not { } s) return null;
            var (names, values) = EnumNames.GetOrAdd(underlying, t => (Enum.GetNames(t).Select(Naming.ToSnake).ToList(), Enum.GetValues(t)));
            var index = names.IndexOf(s.Trim().Replace('-', '_'));
            if (index >= 0) return values.GetValue(index);
            var hint = Suggest.Closest(s, names);
            _diagnostics.Error(Codes.InvalidValue, SpanOf(node),
                $"{what} must be one of {string.Join(", ", names)}, not `{s}`" + (hint is null ? "" : $"; did you mean `{hint}`?"));
            return null;
        }
        if (ListElementType(underlying) is { } element)
        {
            if (node is not YamlSequence seq)
            {
                _diagnostics.Error(Codes.WrongType, SpanOf(node),
                    $"{what} must be a list (lines starting with `- `), but found {Describe(node)}");
                return null;
            }
            var list = (IList)Activator.CreateInstance(ListTypes.GetOrAdd(element, e => typeof(List<>).MakeGenericType(e)))!;
            var ok = true;
            foreach (var child in seq.Children)
            {
                var item = BindValue(element, child, $"an item of {what}");
                if (item is null) ok = false; else list.Add(item);
            }
            return ok ? list : null;
        }
        if (underlying.IsClass) return BindObject(underlying, node);
        throw new NotSupportedException($"YamlBinder cannot bind {type}");
    }

    // Reflection is read once per type: a build binds tens of thousands of records.
    private static readonly ConcurrentDictionary<Type, (List<string> Names, Array Values)> EnumNames = new();
    private static readonly ConcurrentDictionary<Type, Type> ListTypes = new();

    /// <summary>
    /// A record type's bindable properties, their indexes by YAML key, their C# names, and its <c>At</c> and
    /// <c>Spans</c> properties if it keeps them.
    /// </summary>
    private sealed record RecordShape(
        IReadOnlyList<SchemaProperty> Properties, IReadOnlyDictionary<string, int> ByKey, IReadOnlyList<string> Names,
        PropertyInfo? At, PropertyInfo? Spans)
    {
        private static readonly ConcurrentDictionary<Type, RecordShape> Shapes = new();

        public static RecordShape For(Type type) => Shapes.GetOrAdd(type, t =>
        {
            var props = SchemaProperty.For(t);
            return new RecordShape(props,
                props.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal),
                props.Select(p => p.Property.Name).ToArray(),
                t.GetProperty("At", typeof(SourceSpan)), t.GetProperty("Spans", typeof(FieldSpans)));
        });
    }

    private string? Scalar(YamlValue node, string what)
    {
        if (node is YamlScalar { Value: { } v } && v.StartsWith(PlaceholderPrefix, StringComparison.Ordinal))
        {
            // Files written by `peerhub new` mark every value to fill in; publishing one unfilled is a mistake.
            _diagnostics.Error(Codes.Placeholder, SpanOf(node), $"{what} still holds the placeholder from `peerhub new`: {v}");
            return null;
        }
        if (node is YamlScalar s) return s.Value ?? "";
        _diagnostics.Error(Codes.WrongType, SpanOf(node), $"{what} must be a single value, but found {Describe(node)}");
        return null;
    }

    private static bool IsNull(YamlValue node) =>
        node is YamlScalar { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string Describe(YamlValue node) => node switch
    {
        YamlMapping => "a set of `key: value` lines",
        YamlSequence => "a list",
        YamlScalar s => $"the value `{s.Value}`",
        _ => "something else",
    };

    internal static Type? ListElementType(Type t) =>
        t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) || t.GetGenericTypeDefinition() == typeof(List<>))
            ? t.GetGenericArguments()[0]
            : null;
}


/// <summary>One bindable property of a content record: its YAML key, whether it is required, its help text.</summary>
public sealed record SchemaProperty(string Key, PropertyInfo Property, bool Required, string? Description)
{
    private static readonly Dictionary<Type, IReadOnlyList<SchemaProperty>> Cache = new();

    public static IReadOnlyList<SchemaProperty> For(Type type)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(type, out var cached)) return cached;
            var list = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                // Where a record was written is the binder's to fill in, not a key of the YAML.
                .Where(p => p.CanWrite && p.PropertyType != typeof(SourceSpan) && p.PropertyType != typeof(FieldSpans))
                .OrderBy(p => p.MetadataToken)
                .Select(p => new SchemaProperty(
                    Naming.ToSnake(p.Name), p,
                    p.GetCustomAttribute<RequiredMemberAttribute>() is not null,
                    p.GetCustomAttribute<DescriptionAttribute>()?.Description))
                .ToList();
            Cache[type] = list;
            return list;
        }
    }
}
