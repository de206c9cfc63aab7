using System.Security.Cryptography;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Yaml;

namespace PeerHub.Content;

/// <summary>A page's translation as loaded: the page in its language, and the version of the source it was made from.</summary>
/// <param name="RecordedSource">The <c>translated_from</c> the translator wrote: the first 12 hex digits of the source file's SHA-256.</param>
/// <param name="CurrentSource">The same digits for the source file as it is now; a difference means the source changed since.</param>
public sealed record Translation(Page Page, string SourcePath, string? RecordedSource, string CurrentSource)
{
    public bool IsStale => RecordedSource is not null && !string.Equals(RecordedSource, CurrentSource, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Translations are sibling files, as in Hugo: <c>peer-mentoring.es.md</c> beside <c>peer-mentoring.md</c>. A
/// translation's front matter holds only what reads differently in its language; every other field, and every
/// reference, slug, number and taxonomy key, stays the source's. Its fields are laid over the source's YAML before
/// the record is bound, so a translated page is the same record as its source and the same checks apply.
/// </summary>
public static class Translations
{
    /// <summary>The key that records which version of the source a translation was made from.</summary>
    public const string SourceKey = "translated_from";

    /// <summary>The source file and language of a translation's path ("x/page.es.md" is "x/page.md" in es), else null.</summary>
    public static (string Source, string Language)? Of(string relativePath, IReadOnlyCollection<string> languages)
    {
        if (!relativePath.EndsWith(".md", StringComparison.Ordinal)) return null;
        var stem = relativePath[..^3];
        var dot = stem.LastIndexOf('.');
        if (dot < 0 || dot < stem.LastIndexOf('/')) return null;
        var code = stem[(dot + 1)..];
        return languages.Contains(code) ? (stem[..dot] + ".md", code) : null;
    }

    /// <summary>The first 12 hex digits of the SHA-256 of a file's bytes: what <c>translated_from</c> holds.</summary>
    public static string Fingerprint(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];

    /// <summary>Reads a translation of <paramref name="source"/>; null (with located errors) when it cannot be used.</summary>
    public static Translation? Parse(Page source, InputFile sourceFile, InputFile file, string language, ContentKinds kinds, DiagnosticBag d)
    {
        if (source.Kind is not ContentKind kind || sourceFile.ReadText(d) is not { } sourceText || file.ReadText(d) is not { } text) return null;
        var fm = FrontMatter.Split(text);
        if (fm is null)
        {
            d.Error(Codes.MissingFrontMatter, SourceSpan.FileStart(file.DisplayPath),
                "a translation starts with front matter too: a line `---`, the translated fields such as `title:`, and a closing `---`");
            return null;
        }
        var sourceFm = FrontMatter.Split(sourceText)!;
        var binder = new YamlBinder(file.DisplayPath, fm.YamlLine - 1, d);
        var sourceRoot = new YamlBinder(sourceFile.DisplayPath, sourceFm.YamlLine - 1, new DiagnosticBag()).Parse(sourceFm.Yaml);
        if (binder.Parse(fm.Yaml) is not YamlMapping root)
        {
            if (fm.Yaml.Trim().Length > 0) d.Error(Codes.WrongType, new SourceSpan(file.DisplayPath, fm.YamlLine, 1), "a translation's front matter is a set of `key: value` lines");
            return null;
        }
        if (sourceRoot is not YamlMapping sourceMap) return null;

        string? recorded = null;
        var fields = new List<KeyValuePair<YamlValue, YamlValue>>();
        foreach (var pair in root.Children)
        {
            if (pair.Key is YamlScalar { Value: SourceKey })
            {
                recorded = (pair.Value as YamlScalar)?.Value?.Trim();
                if (recorded is null || !System.Text.RegularExpressions.Regex.IsMatch(recorded, "^[0-9a-fA-F]{12}$"))
                    d.Error(Codes.InvalidValue, binder.SpanOf(pair.Value),
                        $"`{SourceKey}` holds the first 12 hex digits of the SHA-256 of {sourceFile.DisplayPath}, as `peerhub translations --write` records it");
                continue;
            }
            fields.Add(pair);
        }
        var ok = CheckNeutral(fields, kind.MetaType, kind, binder, d, sourceMap);
        var merged = Merge(sourceMap, new YamlMapping(root.Start, fields), binder, d, ref ok);
        if (!ok) return null;

        var meta = kind.Bind(binder, merged);
        if (meta is null) return null;
        kind.Check(meta, d);
        var page = source with
        {
            Meta = meta, Title = meta.Title.Trim(), Summary = meta.Summary?.Trim(),
            // A translation with no body keeps the source's (a scenario's facilitator variations, say), shown as such.
            Body = fm.Body.Trim().Length > 0 ? fm.Body : source.Body,
            BodyLine = fm.Body.Trim().Length > 0 ? fm.BodyLine : source.BodyLine,
            BodyInDefaultLanguage = fm.Body.Trim().Length == 0 && source.Body.Trim().Length > 0,
            Source = SourceSpan.FileStart(file.DisplayPath), ContentPath = file.RelativePath,
            Language = language, PathPrefix = language + "/",
            TranslatedKeys = fields.Select(f => (f.Key as YamlScalar)?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal),
        };
        var translation = new Translation(page, sourceFile.RelativePath, recorded, Fingerprint(sourceFile.Bytes));
        var recordedAt = root.Children.FirstOrDefault(p => p.Key is YamlScalar { Value: SourceKey }).Value is { } v ? binder.SpanOf(v) : new SourceSpan(file.DisplayPath, fm.YamlLine, 1);
        if (recorded is null)
            d.Warning(Codes.ReviewWarning, recordedAt,
                $"this translation does not say which version of {sourceFile.DisplayPath} it was made from; run `peerhub translations --mark {file.DisplayPath}` once it matches the source");
        else if (translation.IsStale)
            d.Warning(Codes.ReviewWarning, recordedAt,
                $"{sourceFile.DisplayPath} has changed since this translation was made from it ({recorded}, now {translation.CurrentSource}); review the translation, then run `peerhub translations --mark {file.DisplayPath}`");
        return translation;
    }

    /// <summary>Writes the source's current fingerprint into a translation's <c>translated_from</c>, adding the line if it has none.</summary>
    public static string Mark(string translationText, string fingerprint)
    {
        var lines = translationText.Split('\n').ToList();
        var at = lines.FindIndex(1, l => l.StartsWith(SourceKey + ":", StringComparison.Ordinal));
        if (at > 0) lines[at] = $"{SourceKey}: {fingerprint}";
        else lines.Insert(1, $"{SourceKey}: {fingerprint}");
        return string.Join('\n', lines);
    }

    /// <summary>
    /// A translation may not set what is the same in every language: references and slugs, numbers, choices from a
    /// list, and the keys a kind names (taxonomy terms): the pages of every language must point at the same things.
    /// Inside an item of a list or a nested record (a session, a template's block) such a value may be written again
    /// as long as it is the source's, so a translator can copy an item whole and translate its text: a block
    /// `- notice: confidentiality-limits` has nothing else to it.
    /// </summary>
    /// <param name="source">The source's mapping at the same place, to compare values written again with.</param>
    /// <param name="nested">False at the top of the front matter, where a neutral key is always left out.</param>
    private static bool CheckNeutral(IEnumerable<KeyValuePair<YamlValue, YamlValue>> fields, Type type, ContentKind? kind, YamlBinder binder, DiagnosticBag d,
        YamlMapping? source, bool nested = false)
    {
        var ok = true;
        var properties = SchemaProperty.For(type).ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            if (key is not YamlScalar { Value: { } name } || !properties.TryGetValue(name, out var property)) continue;   // the binder reports unknown keys
            var t = Nullable.GetUnderlyingType(property.Property.PropertyType) ?? property.Property.PropertyType;
            var element = YamlBinder.ListElementType(t) ?? t;
            var original = source?.Children.FirstOrDefault(p => (p.Key as YamlScalar)?.Value == name).Value;
            if ((kind?.LanguageNeutral.Contains(name) ?? false) || IsNeutral(element))
            {
                if (nested && original is not null && SameValue(original, value)) continue;
                d.Error(Codes.LanguageNeutral, binder.SpanOf(key), nested
                    ? $"`{name}` is the same in every language: leave it out, or write the source's value ({Show(original)}) unchanged"
                    : $"`{name}` is the same in every language, so a translation leaves it out: the source's value is used");
                ok = false;
            }
            else if (element.IsClass && element != typeof(string))
            {
                var items = value is YamlSequence seq ? seq.Children : [value];
                var originals = original is YamlSequence os ? os.Children : original is null ? [] : [original];
                // A list of another length is reported once, by the merge; its items cannot be compared one by one.
                if (original is YamlSequence && originals.Count != items.Count) continue;
                for (var i = 0; i < items.Count; i++)
                    if (items[i] is YamlMapping item)
                        ok &= CheckNeutral(item.Children, element, null, binder, d, i < originals.Count ? originals[i] as YamlMapping : null, nested: true);
            }
        }
        return ok;
    }

    /// <summary>Whether two YAML values say the same: scalars by their text, lists and mappings item by item.</summary>
    private static bool SameValue(YamlValue a, YamlValue b) => (a, b) switch
    {
        (YamlScalar x, YamlScalar y) => string.Equals(x.Value?.Trim(), y.Value?.Trim(), StringComparison.Ordinal),
        (YamlSequence x, YamlSequence y) => x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(p => SameValue(p.First, p.Second)),
        (YamlMapping x, YamlMapping y) => x.Children.Count == y.Children.Count && x.Children.All(p =>
            y.Children.FirstOrDefault(q => SameValue(q.Key, p.Key)).Value is { } other && SameValue(p.Value, other)),
        _ => false,
    };

    private static string Show(YamlValue? value) => value switch
    {
        YamlScalar s => $"`{s.Value}`",
        YamlSequence s => $"`[{string.Join(", ", s.Children.Select(c => (c as YamlScalar)?.Value ?? "..."))}]`",
        null => "none: the source does not set it",
        _ => "as the source writes it",
    };

    private static bool IsNeutral(Type t) =>
        t == typeof(SlugRef) || t.IsEnum || t == typeof(int) || t == typeof(double) || t == typeof(bool)
        || (t.IsClass && t != typeof(string) && !SchemaProperty.For(t).Any(p => (Nullable.GetUnderlyingType(p.Property.PropertyType) ?? p.Property.PropertyType) == typeof(string)
            || YamlBinder.ListElementType(p.Property.PropertyType) == typeof(string)));

    /// <summary>
    /// The source's mapping with the translation's fields laid over it: a mapping key by key, a list of records item by
    /// item (so it must keep the source's number of items), anything else replaced whole.
    /// </summary>
    private static YamlMapping Merge(YamlMapping source, YamlMapping translation, YamlBinder binder, DiagnosticBag d, ref bool ok)
    {
        var result = source.Children.ToList();
        foreach (var (key, value) in translation.Children)
        {
            var name = (key as YamlScalar)?.Value;
            var at = result.FindIndex(p => (p.Key as YamlScalar)?.Value == name);
            if (at < 0) { result.Add(new(key, value)); continue; }
            var original = result[at].Value;
            YamlValue mergedValue = value;
            if (original is YamlMapping om && value is YamlMapping tm) mergedValue = Merge(om, tm, binder, d, ref ok);
            else if (original is YamlSequence os && value is YamlSequence ts && os.Children.Any(c => c is YamlMapping))
            {
                if (os.Children.Count != ts.Children.Count)
                {
                    d.Error(Codes.InvalidValue, binder.SpanOf(key),
                        $"`{name}` has {ts.Children.Count} items here and {os.Children.Count} in the source; a translation keeps every item, in the same order");
                    ok = false;
                    continue;
                }
                var items = new List<YamlValue>();
                for (var i = 0; i < os.Children.Count; i++)
                    items.Add(os.Children[i] is YamlMapping oi && ts.Children[i] is YamlMapping ti ? Merge(oi, ti, binder, d, ref ok) : ts.Children[i]);
                mergedValue = new YamlSequence(ts.Start, items);
            }
            // The translated key keeps its own place in the translation file, so a problem with it is found there.
            result[at] = new(key, mergedValue);
        }
        return new YamlMapping(translation.Start, result);
    }
}
