using System.Globalization;

namespace PeerHub.Model;

/// <summary>How a model's required figures read in a sentence: "12-20 hours", "at least 3 hours", "grades K-5".</summary>
public static class Requirements
{
    /// <summary>A range with its unit, plural unless the figure is exactly one: "12-20 hours", "up to 10 peer helpers".</summary>
    public static string Range(FigureRange f, string unit)
    {
        static string N(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
        string Unit(double last) => last == 1 ? unit : unit + "s";
        return (f.Min, f.Max) switch
        {
            ({ } min, { } max) when min == max => $"{N(min)} {Unit(min)}",
            ({ } min, { } max) => $"{N(min)}-{N(max)} {Unit(max)}",
            ({ } min, null) => $"at least {N(min)} {Unit(min)}",
            (null, { } max) => $"up to {N(max)} {Unit(max)}",
            _ => "",
        };
    }

    /// <summary>A grade span as schools write it: "K-5", "6-8", "9".</summary>
    public static string Grades(GradeSpan g)
    {
        static string G(int grade) => grade == 0 ? "K" : grade.ToString(CultureInfo.InvariantCulture);
        return g.From == g.To ? G(g.From) : $"{G(g.From)}-{G(g.To)}";
    }

    /// <summary>The grade bands a span of grades reaches into: grades 4-12 reach all three.</summary>
    public static IEnumerable<GradeBand> Bands(GradeSpan g)
    {
        if (g.From <= 5) yield return GradeBand.Elementary;
        if (g.From <= 8 && g.To >= 6) yield return GradeBand.Middle;
        if (g.To >= 9) yield return GradeBand.High;
    }

    /// <summary>A grade band as schools write it.</summary>
    public static string Grades(GradeBand band) => band switch
    {
        GradeBand.Elementary => "K-5",
        GradeBand.Middle => "6-8",
        _ => "9-12",
    };

    /// <summary>The grade bands as one span where they touch: [middle, high] reads "Grades 6-12".</summary>
    public static string Grades(IEnumerable<GradeBand> bands)
    {
        var span = GradeSpan(bands);
        return span.Length == 0 ? "" : "Grades " + span;
    }

    /// <summary>The grade bands as one span where they touch, without a label: [middle, high] reads "6-12".</summary>
    public static string GradeSpan(IEnumerable<GradeBand> bands)
    {
        var sorted = bands.Distinct().Order().ToList();
        if (sorted.Count == 0) return "";
        var contiguous = sorted[^1] - sorted[0] == sorted.Count - 1;
        return contiguous
            ? Grades(sorted[0]).Split('-')[0] + "-" + Grades(sorted[^1]).Split('-')[1]
            : string.Join(", ", sorted.Select(Grades));
    }
}
