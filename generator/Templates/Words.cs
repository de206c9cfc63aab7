using System.Globalization;
using PeerHub.Model;

namespace PeerHub.Templates;

/// <summary>
/// The words views carry in the language of their pages: a breadcrumb's "Home", a card's "20 min" and "Grades 6-8", a
/// figure's "12-20 hours", a pack's "2 hours 5 minutes". Each comes from the theme's strings (strings/&lt;code&gt;.yml,
/// under <c>values</c> and the layouts' own keys), with the English given here when the theme has no such string (a
/// theme written before it had them, or none at all); themes/default/strings/en.yml says the same.
/// </summary>
public sealed class Words(ThemeStrings? strings)
{
    /// <summary>The words with no theme: the English defaults.</summary>
    public static Words English { get; } = new(null);

    /// <summary>The theme's string for a key with its {name} placeholders filled in, or the English given.</summary>
    public string Word(string key, string english, params (string Name, string Value)[] values)
    {
        var text = strings?.Find(key) ?? english;
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    /// <summary>"1 session", "3 sessions": a count with its noun (values.units.NOUN.one and .other).</summary>
    public string Counted(double n, string noun, string format = "0.##") =>
        Word("values.count", "{n} {unit}", ("n", Number(n, format)), ("unit", Unit(noun, n)));

    /// <summary>A unit's noun for a figure: "hour" for exactly one, else "hours".</summary>
    public string Unit(string noun, double n) =>
        Word($"values.units.{noun.Replace(' ', '_')}.{(n == 1 ? "one" : "other")}", n == 1 ? noun : noun + "s");

    /// <summary>A number as the language writes it: "1.5", or with the theme's decimal separator, "1,5".</summary>
    public string Number(double n, string format = "0.##") =>
        n.ToString(format, CultureInfo.InvariantCulture).Replace(".", Word("values.decimal_separator", "."), StringComparison.Ordinal);

    /// <summary>"1.5 hours": a number of hours, to one decimal.</summary>
    public string Hours(double h) => Counted(h, "hour", "0.#");

    /// <summary>A required figure with its unit, as <see cref="Requirements.Range"/> words it: "12-20 hours", "up to 10 peer helpers".</summary>
    public string Range(FigureRange f, string unit) => (f.Min, f.Max) switch
    {
        ({ } min, { } max) when min == max => Counted(min, unit),
        ({ } min, { } max) => Word("values.range.between", "{min}-{max} {unit}", ("min", Number(min)), ("max", Number(max)), ("unit", Unit(unit, max))),
        ({ } min, null) => Word("values.range.at_least", "at least {n} {unit}", ("n", Number(min)), ("unit", Unit(unit, min))),
        (null, { } max) => Word("values.range.up_to", "up to {n} {unit}", ("n", Number(max)), ("unit", Unit(unit, max))),
        _ => "",
    };

    /// <summary>"95 minutes" or "4 hours 5 minutes": how long running a pack's scenarios takes.</summary>
    public string Duration(int minutes)
    {
        if (minutes < 60) return Word("values.duration.minutes", "{minutes} minutes", ("minutes", minutes.ToString(CultureInfo.InvariantCulture)));
        var hours = minutes / 60;
        var text = Word($"values.duration.hours.{(hours == 1 ? "one" : "other")}", hours == 1 ? "{hours} hour" : "{hours} hours",
            ("hours", hours.ToString(CultureInfo.InvariantCulture)));
        return minutes % 60 == 0 ? text
            : Word("values.duration.hours_minutes", "{hours} {minutes} minutes", ("hours", text), ("minutes", (minutes % 60).ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>"Grades 6-12": the grade bands as one span, labelled.</summary>
    public string GradesLabel(IEnumerable<GradeBand> bands) => Word("values.grades", "Grades {grades}", ("grades", Requirements.GradeSpan(bands)));

    /// <summary>"Tier 2", or "Tier 1, 2" for several.</summary>
    public string TierLabel(string tiers) => Word("values.tier", "Tier {tier}", ("tier", tiers));

    public string Difficulty(Difficulty d) => Word($"values.difficulty.{ViewBuilder.Name(d)}", ViewBuilder.Name(d));
    public string Intensity(Intensity i) => Word($"values.intensity.{ViewBuilder.Name(i)}", ViewBuilder.Name(i));
    public string ResourceKind(ResourceKind k) => Word($"values.resource_kind.{ViewBuilder.Name(k)}", ViewBuilder.Name(k));
}
