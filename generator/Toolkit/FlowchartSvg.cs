using System.Globalization;
using System.Net;
using System.Text;

namespace PeerHub.Toolkit;

/// <summary>A piece of a step's text: plain text, or a placeholder (its key, shown as <see cref="Text"/> until filled in).</summary>
public sealed record TextRun(string Text, string? Placeholder = null);

/// <summary>One box of a flowchart: its runs of text, whether it asks a question (it has branches) and whether it ends.</summary>
public sealed record FlowNode(IReadOnlyList<TextRun> Text, bool Decision, bool End);

/// <summary>An arrow from one box to another (indexes into the nodes), with the branch's label, if any.</summary>
public sealed record FlowEdge(int From, int To, IReadOnlyList<TextRun> Label);

/// <summary>
/// Draws a flowchart as SVG, top to bottom, with no library: one column of boxes in the order the steps are written,
/// an arrow straight down to the step written next, and arrows to any other step routed in lanes beside the column
/// (on the right going down, on the left going back up), each lane kept apart from the others it would cross.
/// Branch labels sit where their arrow leaves its box. Text is wrapped by an estimate of its width, with a placeholder
/// given room for a typical school's detail, so the chart needs no browser to lay out and prints the same everywhere.
/// </summary>
public static class FlowchartSvg
{
    private const double FontSize = 14;
    private const double CharWidth = 7.4;         // an average sans-serif character at 14px, on the generous side
    private const double LineHeight = 18;
    private const double BoxWidth = 460;
    private const double PadX = 12, PadY = 10;
    private const double Gap = 36;                // between boxes: room for an arrow and its label
    private const double LaneSpacing = 18;
    private const double LabelSize = 12;
    /// <summary>The least room between two arrows meeting the same side of a box, so a branch label fits between them.</summary>
    private const double PortSpacing = 18;
    /// <summary>Room a placeholder is given on its line, in characters: enough for most names, emails and phone numbers.</summary>
    public const int PlaceholderRoom = 24;

    private sealed record Box(double X, double Y, double Width, double Height, IReadOnlyList<IReadOnlyList<TextRun>> Lines);

    /// <summary>The SVG element, with <c>role="img"</c> and <c>aria-labelledby</c> the given ids (the title and the text version).</summary>
    public static string Draw(IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowEdge> edges, string labelledBy, string cssClass = "tk-flow-chart")
    {
        // Arrows to the next step written go straight down; the others need lanes, given out greedily so lanes whose
        // spans do not overlap share one.
        var down = edges.Where(e => e.To == e.From + 1).ToList();
        var forward = edges.Where(e => e.To > e.From + 1).OrderBy(e => e.From).ThenBy(e => e.To).ToList();
        var back = edges.Where(e => e.To <= e.From).OrderBy(e => e.To).ThenBy(e => e.From).ToList();
        var forwardLanes = Lanes(forward);
        var backLanes = Lanes(back);
        var leftRoom = back.Count == 0 ? 8 : 16 + (LaneSpacing * (backLanes.Values.DefaultIfEmpty(0).Max() + 1));
        var rightRoom = forward.Count == 0 ? 8 : 16 + (LaneSpacing * (forwardLanes.Values.DefaultIfEmpty(0).Max() + 1)) + 40;

        // Every arrow meeting a side of a box (leaving or arriving), ordered by the box at its other end, so arrows from
        // above meet the side above arrows going below and none cross at the box.
        var right = Ports(forward, nodes.Count);
        var left = Ports(back, nodes.Count);

        var boxes = new List<Box>();
        var y = 8.0;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var lines = Wrap(node.Text, (BoxWidth - (2 * PadX)) / CharWidth);
            var height = Math.Max((lines.Count * LineHeight) + (2 * PadY), PortSpacing * (Math.Max(right[i].Count, left[i].Count) + 1));
            boxes.Add(new Box(leftRoom, y, BoxWidth, height, lines));
            y += height + Gap;
        }
        var width = leftRoom + BoxWidth + rightRoom;
        var height2 = y - Gap + 8;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"{cssClass}\" role=\"img\" aria-labelledby=\"{labelledBy}\" viewBox=\"0 0 {N(width)} {N(height2)}\" width=\"{N(width)}\" height=\"{N(height2)}\" xmlns=\"http://www.w3.org/2000/svg\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<g font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"{N(FontSize)}\">");

        for (var i = 0; i < nodes.Count; i++)
        {
            var b = boxes[i];
            var node = nodes[i];
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{N(b.X)}\" y=\"{N(b.Y)}\" width=\"{N(b.Width)}\" height=\"{N(b.Height)}\" rx=\"{(node.End ? 14 : 3)}\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"{(node.Decision ? 2.5 : 1.25).ToString(CultureInfo.InvariantCulture)}\"/>");
            for (var l = 0; l < b.Lines.Count; l++)
            {
                var lineY = b.Y + PadY + (LineHeight * l) + (LineHeight * 0.75);
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(b.X + PadX)}\" y=\"{N(lineY)}\" fill=\"#000\">");
                AppendRuns(svg, b.Lines[l]);
                svg.Append("</text>");
            }
        }

        foreach (var e in down)
        {
            var from = boxes[e.From];
            var to = boxes[e.To];
            var x = from.X + (from.Width / 2);
            Line(svg, [(x, from.Y + from.Height), (x, to.Y - 1)]);
            Arrowhead(svg, x, to.Y, 0, 1);
            if (e.Label.Count > 0) Label(svg, x + 8, from.Y + from.Height + (Gap / 2) + 4, e.Label, "start");
        }

        foreach (var e in forward)
        {
            var from = boxes[e.From];
            var to = boxes[e.To];
            var laneX = from.X + from.Width + 16 + (LaneSpacing * forwardLanes[e]);
            var startY = Spread(from, right[e.From].IndexOf(e), right[e.From].Count);
            var endY = Spread(to, right[e.To].IndexOf(e), right[e.To].Count);
            Line(svg, [(from.X + from.Width, startY), (laneX, startY), (laneX, endY), (to.X + to.Width + 1, endY)]);
            Arrowhead(svg, to.X + to.Width, endY, -1, 0);
            if (e.Label.Count > 0) Label(svg, from.X + from.Width + 4, startY - 5, e.Label, "start");
        }

        foreach (var e in back)
        {
            var from = boxes[e.From];
            var to = boxes[e.To];
            var laneX = from.X - 16 - (LaneSpacing * backLanes[e]);
            var startY = Spread(from, left[e.From].IndexOf(e), left[e.From].Count);
            var endY = Spread(to, left[e.To].IndexOf(e), left[e.To].Count);
            Line(svg, [(from.X, startY), (laneX, startY), (laneX, endY), (to.X - 1, endY)]);
            Arrowhead(svg, to.X, endY, 1, 0);
            if (e.Label.Count > 0) Label(svg, from.X - 4, startY - 5, e.Label, "end");
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    /// <summary>Gives each arrow a lane, the lowest one free over the rows it spans.</summary>
    private static Dictionary<FlowEdge, int> Lanes(IReadOnlyList<FlowEdge> edges)
    {
        var lanes = new Dictionary<FlowEdge, int>(ReferenceEqualityComparer.Instance);
        var busyUntil = new List<int>();   // per lane, the last row an arrow in it spans
        foreach (var e in edges)
        {
            var (top, bottom) = (Math.Min(e.From, e.To), Math.Max(e.From, e.To));
            var lane = busyUntil.FindIndex(end => end < top);
            if (lane < 0) { lane = busyUntil.Count; busyUntil.Add(bottom); }
            else busyUntil[lane] = bottom;
            lanes[e] = lane;
        }
        return lanes;
    }

    /// <summary>For each box, the arrows that meet one of its sides, ordered by the row of the box at their other end.</summary>
    private static List<List<FlowEdge>> Ports(IReadOnlyList<FlowEdge> edges, int boxes)
    {
        var ports = Enumerable.Range(0, boxes).Select(_ => new List<FlowEdge>()).ToList();
        foreach (var e in edges)
        {
            ports[e.From].Add(e);
            if (e.To != e.From) ports[e.To].Add(e);
        }
        for (var i = 0; i < boxes; i++)
        {
            var box = i;
            ports[i] = ports[i].OrderBy(e => e.From == box ? e.To : e.From).ThenBy(e => e.From == box ? 1 : 0).ToList();
        }
        return ports;
    }

    private static double Spread(Box box, int index, int count) => box.Y + (box.Height * (index + 1) / (count + 1));

    private static void Line(StringBuilder svg, IReadOnlyList<(double X, double Y)> points) =>
        svg.Append("<polyline fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\" points=\"")
            .AppendJoin(' ', points.Select(p => N(p.X) + "," + N(p.Y))).Append("\"/>");

    /// <summary>A filled arrowhead whose tip is at (x, y), pointing along (dx, dy).</summary>
    private static void Arrowhead(StringBuilder svg, double x, double y, int dx, int dy)
    {
        const double length = 9, half = 5;
        var (bx, by) = (x - (dx * length), y - (dy * length));
        var (px, py) = (-dy * half, dx * half);
        svg.Append(CultureInfo.InvariantCulture,
            $"<polygon fill=\"#000\" points=\"{N(x)},{N(y)} {N(bx + px)},{N(by + py)} {N(bx - px)},{N(by - py)}\"/>");
    }

    private static void Label(StringBuilder svg, double x, double y, IReadOnlyList<TextRun> label, string anchor)
    {
        // A white halo keeps the label readable where it crosses a line.
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(LabelSize)}\" font-weight=\"bold\" text-anchor=\"{anchor}\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">");
        AppendRuns(svg, label);
        svg.Append("</text>");
    }

    private static void AppendRuns(StringBuilder svg, IReadOnlyList<TextRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Placeholder is { } key)
                svg.Append("<tspan class=\"ph\" data-ph=\"").Append(key).Append("\"><tspan class=\"ph-blank\" fill=\"#444\" text-decoration=\"underline\">")
                    .Append(WebUtility.HtmlEncode(run.Text)).Append("</tspan></tspan>");
            else svg.Append(WebUtility.HtmlEncode(run.Text));
        }
    }

    /// <summary>
    /// Breaks runs into lines of at most <paramref name="room"/> characters, at spaces; a placeholder counts as
    /// <see cref="PlaceholderRoom"/> characters (or its label's length, if longer) and is never broken.
    /// </summary>
    internal static List<IReadOnlyList<TextRun>> Wrap(IReadOnlyList<TextRun> runs, double room)
    {
        // Words: the runs split at spaces, a placeholder staying inside the word it is written in ("({counselor})").
        var words = new List<List<TextRun>> { new() };
        foreach (var run in runs)
        {
            if (run.Placeholder is not null) { words[^1].Add(run); continue; }
            var parts = run.Text.Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) words.Add([]);
                if (parts[i].Length > 0) words[^1].Add(new TextRun(parts[i]));
            }
        }
        words.RemoveAll(w => w.Count == 0);

        var lines = new List<IReadOnlyList<TextRun>>();
        var line = new List<TextRun>();
        var used = 0.0;
        foreach (var word in words)
        {
            var size = word.Sum(r => r.Placeholder is null ? r.Text.Length : Math.Max(PlaceholderRoom, r.Text.Length));
            if (line.Count > 0 && used + 1 + size > room)
            {
                lines.Add(line);
                line = [];
                used = 0;
            }
            if (line.Count > 0) { line.Add(new TextRun(" ")); used += 1; }
            line.AddRange(word);
            used += size;
        }
        if (line.Count > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
