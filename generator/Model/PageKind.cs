namespace PeerHub.Model;

/// <summary>
/// What kind of page a page is: a tier guide, a scenario, a listing, the 404 page... The stages ask the kind
/// what to do with a page (content kinds in Content/, views in Templates/, search in Search/) instead of
/// switching on record types, so a new kind is one class that the registry lists.
/// </summary>
public abstract class PageKind
{
    /// <summary>The kind's name in snake case: its layout (<c>layouts/&lt;name&gt;.html</c>), CSS class and search label.</summary>
    public abstract string Name { get; }

    /// <summary>The 404 page is served at any address, so its links are written from the site root.</summary>
    public virtual bool ServedAnywhere => false;

    /// <summary>Whether the sitemap lists the page: not the 404 page, nor a page that only forwards to another.</summary>
    public virtual bool InSitemap => !ServedAnywhere;

    /// <summary>Whether a page of this kind is named in the default language whatever the site's (a skill or topic, whose term is language-neutral).</summary>
    public virtual bool NamedInDefaultLanguage => false;

    /// <summary>
    /// Whether a page of this kind gathers many others (a listing, the pack builder with every scenario's sheets), so it
    /// takes far longer than one content page to render: the render starts these first.
    /// </summary>
    public virtual bool Gathers => false;

    public override string ToString() => Name;
}
