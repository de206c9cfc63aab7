using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Yaml;

namespace PeerHub.Templates;

/// <summary>
/// The theme's words for what PeerHub writes itself (<c>strings/en.yml</c>): the titles and summaries of generated
/// pages. Nested keys are read as dotted paths (<c>lists.models.title</c>); a missing key is a located error.
/// </summary>
public sealed class ThemeStrings
{
    public const string FileName = "strings/en.yml";
    private readonly string _fileName;
    private readonly Dictionary<string, SourceSpan> _at = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly string _displayPath;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _missing;
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    // The toolkit's pages and the interface strings file ask for the same strings as JSON; made once per build.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _json = new(StringComparer.Ordinal);

    public ThemeStrings(IReadOnlyList<InputFile> themeFiles, string themeDisplayRoot, DiagnosticBag diagnostics, string language = "en")
    {
        _diagnostics = diagnostics;
        _fileName = $"strings/{language}.yml";
        var file = themeFiles.FirstOrDefault(f => f.RelativePath == _fileName);
        _displayPath = file?.DisplayPath ?? $"{themeDisplayRoot.TrimEnd('/')}/{_fileName}";
        if (file is null)
        {
            diagnostics.Error(Codes.MissingThemeFile, SourceSpan.FileStart(_displayPath),
                $"the theme has no {_fileName}, its words in the language `{language}` for the pages PeerHub makes and every page's interface");
            _missing = true;
            return;
        }
        if (file.ReadText(diagnostics) is not { } text) return;
        var binder = new YamlBinder(file.DisplayPath, 0, diagnostics);
        if (binder.Parse(text) is { } root) Flatten(root, "", binder);
    }

    private void Flatten(YamlValue node, string prefix, YamlBinder binder)
    {
        switch (node)
        {
            case YamlMapping map:
                foreach (var (key, value) in map.Children)
                    Flatten(value, prefix.Length == 0 ? (key as YamlScalar)?.Value ?? "" : $"{prefix}.{(key as YamlScalar)?.Value}", binder);
                break;
            case YamlScalar { Value: { } value }:
                _strings[prefix] = value;
                _at[prefix] = binder.SpanOf(node);
                break;
            default:
                _diagnostics.Error(Codes.InvalidValue, binder.SpanOf(node), $"`{prefix}` must be a text or a mapping of texts");
                break;
        }
    }

    /// <summary>The strings under a key (<c>search</c>), by the rest of their key (<c>no_results</c>), for a page's scripts.</summary>
    public IReadOnlyDictionary<string, string> Under(string prefix)
    {
        var start = prefix + ".";
        var found = _strings.Where(s => s.Key.StartsWith(start, StringComparison.Ordinal))
            .OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key[start.Length..], s => s.Value, StringComparer.Ordinal);
        if (found.Count == 0) ReportMissing(prefix, $"the theme's {_fileName} has no strings under `{prefix}`");
        return found;
    }

    /// <summary>The strings <see cref="Under"/> a key as one JSON object, made once per build for each key.</summary>
    public string JsonUnder(string prefix) => _json.GetOrAdd(prefix, _ =>
    {
        // Written directly, as the serializer would write the dictionary: its reflection-based setup cost a build more than the writing.
        var json = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in Under(prefix)) writer.WriteString(key, value);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(json.WrittenSpan);
    });

    /// <summary>Every key, as a dotted path.</summary>
    public IEnumerable<string> Keys => _strings.Keys;

    /// <summary>The string for a key as it is, without placeholders filled in; null when the file lacks it.</summary>
    public string? Find(string key) => _strings.GetValueOrDefault(key);

    /// <summary>
    /// A further language's strings must have exactly the default language's keys: a missing one would leave a
    /// word of the default language on its pages, an extra one is a typo. Each problem is an error at its place.
    /// </summary>
    public void CheckSameKeys(ThemeStrings defaults)
    {
        if (_missing || defaults._missing) return;
        foreach (var key in defaults._strings.Keys.Where(k => !_strings.ContainsKey(k)).Order(StringComparer.Ordinal))
            _diagnostics.Error(Codes.MissingThemeFile, SourceSpan.FileStart(_displayPath),
                $"{_fileName} has no string `{key}` ({defaults._fileName} has it at line {defaults._at[key].Line}); every language needs every string");
        foreach (var key in _strings.Keys.Where(k => !defaults._strings.ContainsKey(k)).Order(StringComparer.Ordinal))
            _diagnostics.Error(Codes.MissingThemeFile, _at[key], $"`{key}` is not a string of {defaults._fileName}; check its spelling or add it there too");
    }

    /// <summary>The string for a key, with <c>{name}</c> placeholders filled in; a missing key is reported and gives the key itself.</summary>
    public string Get(string key, params (string Name, string Value)[] values)
    {
        if (!_strings.TryGetValue(key, out var text))
        {
            ReportMissing(key, $"the theme's {_fileName} has no string `{key}`");
            return key;
        }
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    // Once per key, and not at all when the whole file is missing: that is one error already.
    private void ReportMissing(string key, string message)
    {
        if (_missing) return;
        lock (_reported)
            if (_reported.Add(key))
                _diagnostics.Error(Codes.MissingThemeFile, SourceSpan.FileStart(_displayPath), message);
    }
}
