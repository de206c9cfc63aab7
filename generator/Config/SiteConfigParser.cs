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
        return config;
    }

    /// <summary>True when the text holds nothing but blank lines and comments.</summary>
    private static bool IsEmpty(string text) =>
        text.Split('\n').All(line => line.Trim() is "" || line.TrimStart().StartsWith('#'));
}
