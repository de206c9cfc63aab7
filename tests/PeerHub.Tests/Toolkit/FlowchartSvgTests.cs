using System.Text.RegularExpressions;
using System.Xml.Linq;
using PeerHub.Toolkit;
using Xunit;

namespace PeerHub.Tests.Toolkit;

/// <summary>The flowchart drawing: boxes in order, arrows down, in lanes to the right going on and to the left going back.</summary>
public class FlowchartSvgTests
{
    private static FlowNode Node(string text, bool decision = false, bool end = false) => new([new TextRun(text)], decision, end);
    private static FlowEdge Edge(int from, int to, string label = "") => new(from, to, label.Length == 0 ? [] : [new TextRun(label)]);

    private static List<List<(double X, double Y)>> Polylines(string svg) =>
        Regex.Matches(svg, "<polyline [^>]*points=\"([^\"]+)\"").Select(m => m.Groups[1].Value.Split(' ')
            .Select(p => p.Split(',')).Select(p => (double.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList()).ToList();

    [Fact]
    public void The_chart_is_well_formed_svg_labelled_by_the_given_ids()
    {
        var svg = FlowchartSvg.Draw([Node("Start"), Node("Ask?", decision: true), Node("Yes path", end: true), Node("No path", end: true)],
            [Edge(0, 1), Edge(1, 2, "Yes"), Edge(1, 3, "No")], "t-title t-steps");

        var root = XElement.Parse(svg);
        Assert.Equal("img", root.Attribute("role")!.Value);
        Assert.Equal("t-title t-steps", root.Attribute("aria-labelledby")!.Value);
        Assert.Equal(4, root.Descendants().Count(e => e.Name.LocalName == "rect"));
        Assert.Equal(["Start", "Ask?", "Yes path", "No path", "Yes", "No"], root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
    }

    [Fact]
    public void An_arrow_to_the_next_step_goes_straight_down_others_go_round_the_right_and_back_round_the_left()
    {
        var svg = FlowchartSvg.Draw([Node("A"), Node("B"), Node("C"), Node("D")],
            [Edge(0, 1), Edge(0, 2, "skip"), Edge(1, 3, "far"), Edge(3, 0, "again")], "x");
        var lines = Polylines(svg);

        var down = lines[0];
        Assert.Equal(down[0].X, down[1].X);
        Assert.True(down[1].Y > down[0].Y);
        // Both forward arrows overlap in rows, so they take two lanes on the right of the boxes.
        var right = lines.Skip(1).Take(2).ToList();
        Assert.All(right, l => Assert.True(l[1].X > l[0].X && l[3].X < l[2].X));
        Assert.NotEqual(right[0][1].X, right[1][1].X);
        // The arrow back to the first step goes up on the left.
        var back = lines[3];
        Assert.True(back[1].X < back[0].X && back[2].Y < back[1].Y && back[3].X > back[2].X);
    }

    [Fact]
    public void Long_text_wraps_at_spaces_and_a_placeholder_keeps_room_for_a_schools_detail()
    {
        var lines = FlowchartSvg.Wrap([new TextRun("Go with the student to "), new TextRun("adult advisor", "adult_advisor"), new TextRun(" today, before the end of the school day.")], 60);

        Assert.True(lines.Count >= 2);
        Assert.Contains(lines[0], r => r.Placeholder == "adult_advisor");
        Assert.All(lines, l => Assert.True(l.Sum(r => r.Placeholder is null ? r.Text.Length : FlowchartSvg.PlaceholderRoom) <= 60));
    }
}
