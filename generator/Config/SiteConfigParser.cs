using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Yaml;

namespace PeerHub.Config;

/// <summary>Reads <c>content/site.yml</c> into a checked <see cref="SiteConfig"/>. Pure: no IO, problems go to the bag.</summary>
public static class SiteConfigParser
{
    public static SiteConfig? Parse(string displayPath, string text, DiagnosticBag diagnostics)
    {
        var binder = new YamlBinder(displayPath, 0, diagnostics);
        var root = binder.Parse(text);
        if (root is null)
        {
            // Null is also what a syntax error (already reported, at its place) gives: only a file with no YAML is empty.
            if (!IsEmpty(text)) return null;
            diagnostics.Error(Codes.MissingField, SourceSpan.FileStart(displayPath), "site.yml is empty; it needs title, description, base_url, edit_url, crisis and crisis_checked");
            return null;
        }
        var config = binder.Bind<SiteConfig>(root);
        if (config is null) return null;
        if (!DateOnly.TryParseExact(config.CrisisChecked, "yyyy-MM-dd", out _))
            diagnostics.Error(Codes.InvalidValue, config.Spans.Of(nameof(config.CrisisChecked)), $"`crisis_checked` must be a date written YYYY-MM-DD, not `{config.CrisisChecked}`");
        // Not just any absolute URI: on Linux "/peerhub/" is one too (file:///peerhub/).
        if (!Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
            diagnostics.Error(Codes.InvalidValue, config.Spans.Of(nameof(config.BaseUrl)), $"`base_url` must be a full URL such as https://example.org/peerhub/, not `{config.BaseUrl}`");
        if (config.Crisis.Count == 0)
            diagnostics.Error(Codes.MissingField, config.Spans.KeyOf(nameof(config.Crisis)), "`crisis` must list at least one crisis line; they are shown on every page");
        // A language's code names a folder and files (es/, js/ui-strings.es.js) and goes into every page's <html lang>.
        if (!IsLanguageTag(config.Language))
            diagnostics.Error(Codes.InvalidValue, config.Spans.Of(nameof(config.Language)), $"`language` must be a language tag such as en or en-US, not `{config.Language}`");
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { config.Language };
        foreach (var language in config.Languages)
        {
            if (!IsLanguageTag(language.Code))
                diagnostics.Error(Codes.InvalidValue, language.Spans.Of(nameof(language.Code)), $"`code` must be a language tag such as es or pt-BR, not `{language.Code}`");
            else if (!codes.Add(language.Code))
                diagnostics.Error(Codes.DuplicateSlug, language.Spans.Of(nameof(language.Code)), $"the language `{language.Code}` is listed twice (the site's own `language` counts)");
            if (language.Crisis.Count == 0)
                diagnostics.Error(Codes.MissingField, language.Spans.KeyOf(nameof(language.Crisis)), $"`crisis` must list the crisis lines in {language.Name}; every page shows them in its own language");
        }
        return config;
    }

    // \z, not $: $ would let a tag end in a line break.
    private static bool IsLanguageTag(string code) => System.Text.RegularExpressions.Regex.IsMatch(code, @"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\z");

    /// <summary>True when the text holds nothing but blank lines and comments.</summary>
    private static bool IsEmpty(string text) =>
        text.Split('\n').All(line => line.Trim() is "" || line.TrimStart().StartsWith('#'));
}
