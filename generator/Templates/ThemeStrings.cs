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

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly string _displayPath;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _missing;
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public ThemeStrings(IReadOnlyList<InputFile> themeFiles, string themeDisplayRoot, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        var file = themeFiles.FirstOrDefault(f => f.RelativePath == FileName);
        _displayPath = file?.DisplayPath ?? $"{themeDisplayRoot.TrimEnd('/')}/{FileName}";
        if (file is null)
        {
            diagnostics.Error(Codes.MissingThemeFile, SourceSpan.FileStart(_displayPath),
                "the theme has no strings/en.yml, the titles and summaries of the pages PeerHub makes");
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
                break;
            default:
                _diagnostics.Error(Codes.InvalidValue, binder.SpanOf(node), $"`{prefix}` must be a text or a mapping of texts");
                break;
        }
    }

    /// <summary>The string for a key, with <c>{name}</c> placeholders filled in; a missing key is reported and gives the key itself.</summary>
    public string Get(string key, params (string Name, string Value)[] values)
    {
        if (!_strings.TryGetValue(key, out var text))
        {
            // Once per key, and not at all when the whole file is missing: that is one error already.
            lock (_reported)
                if (!_missing && _reported.Add(key))
                    _diagnostics.Error(Codes.MissingThemeFile, SourceSpan.FileStart(_displayPath), $"the theme's {FileName} has no string `{key}`");
            return key;
        }
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }
}
