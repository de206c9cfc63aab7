using System.ComponentModel;
using PeerHub.Diagnostics;

namespace PeerHub.Model;

/// <summary>Who a toolkit template is for: who reads it, fills it in or hands it out.</summary>
public enum ToolkitAudience { Family, Student, PeerHelper, Staff, AdultAdvisor }

/// <summary>
/// Front matter of <c>content/toolkit/*.md</c>: one printable, fillable form or letter, filled in with the school's own
/// details from the school profile kept on the reader's device (issue 20).
/// </summary>
public sealed record ToolkitMeta : IPageMeta
{
    [Description("The title shown on the page, in lists and at the top of the printed form")]
    public required string Title { get; init; }
    [Description("One or two sentences shown in lists and search results")]
    public required string Summary { get; init; }
    [Description("Who it is for: one or more of family, student, peer_helper, staff, adult_advisor")]
    public required IReadOnlyList<ToolkitAudience> Audience { get; init; }
    [Description("What the template is for, in a sentence, shown above it on screen")]
    public required string Purpose { get; init; }
    [Description("Printed sheets on US Letter and on A4, 1 or 2 each, as {letter: 1, a4: 1}; a test checks the PDFs match")]
    public required PaperFit Fit { get; init; }
    [Description("Slugs of the program models (content/models/) that need this template")]
    public IReadOnlyList<SlugRef> Models { get; init; } = [];
    [Description("Ids from content/data/sources.yml that this template's facts come from")]
    public IReadOnlyList<SlugRef> Sources { get; init; } = [];
    [Description("How many copies print on each sheet, 2 to 12, to cut apart (wallet cards); leave out for one form a sheet")]
    public int? Copies { get; init; }
    [Description("The body, in order; each block has exactly one key: heading, text, checkboxes, field, lines, table, signature, notice, flowchart, cards or page_break")]
    public required IReadOnlyList<ToolkitBlock> Blocks { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>How many sheets a template prints on each paper size.</summary>
public sealed record PaperFit
{
    [Description("Printed sheets on US Letter: 1 or 2")]
    public required int Letter { get; init; }
    [Description("Printed sheets on A4: 1 or 2")]
    public required int A4 { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>One block of a template's body. Exactly one of its keys is set; the kind's check says so otherwise.</summary>
public sealed record ToolkitBlock
{
    [Description("A heading inside the form")]
    public string? Heading { get; init; }
    [Description("A Markdown paragraph; placeholders in braces, such as {school_name}, print the school's details")]
    public string? Text { get; init; }
    [Description("A group of tick boxes, as {label: Topics talked about, items: [School stress, Friends]}")]
    public ToolkitCheckboxes? Checkboxes { get; init; }
    [Description("A one-line field, as {label: Student's name}")]
    public ToolkitField? Field { get; init; }
    [Description("A box of several lines to write in, as {label: What happened, count: 4}")]
    public ToolkitLines? Lines { get; init; }
    [Description("A table to fill in, as {label: Contacts, columns: [Date, Minutes], rows: 8}")]
    public ToolkitTable? Table { get; init; }
    [Description("A signature-and-date line, as {label: Parent or guardian}")]
    public ToolkitSignature? Signature { get; init; }
    [Description("The id of a fixed notice in content/data/notices.yml, for example confidentiality-limits")]
    public SlugRef? Notice { get; init; }
    [Description("A flowchart of steps, each with one `next` step or labelled `branches`; drawn as a chart with a text version")]
    public ToolkitFlowchart? Flowchart { get; init; }
    [Description("Short texts printed as cards to cut apart, as {label: Statements to sort, items: [...]}")]
    public ToolkitCards? Cards { get; init; }
    [Description("`page_break: true` starts a new sheet here when printed, for an answer key or a second part")]
    public bool? PageBreak { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record ToolkitCards
{
    [Description("What the cards are, read out before them and printed as a small title")]
    public required string Label { get; init; }
    [Description("One card per item; Markdown inline, placeholders allowed")]
    public required IReadOnlyList<string> Items { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record ToolkitCheckboxes
{
    [Description("What the boxes are about, printed above them")]
    public required string Label { get; init; }
    [Description("One tick box per item")]
    public required IReadOnlyList<string> Items { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record ToolkitField
{
    [Description("What to write on the line")]
    public required string Label { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record ToolkitLines
{
    [Description("What to write in the box")]
    public required string Label { get; init; }
    [Description("How many lines the box has, 1 to 30")]
    public required int Count { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record ToolkitTable
{
    [Description("What the table records, printed above it")]
    public required string Label { get; init; }
    [Description("The column headings")]
    public required IReadOnlyList<string> Columns { get; init; }
    [Description("How many empty rows to print, 1 to 40")]
    public required int Rows { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record ToolkitSignature
{
    [Description("Whose signature, for example 'Parent or guardian'")]
    public required string Label { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record ToolkitFlowchart
{
    [Description("What the chart shows, printed as its title")]
    public required string Label { get; init; }
    [Description("The steps, the first one first; each has an `id`, its `text`, and either `next` or `branches` (or neither, to end)")]
    public required IReadOnlyList<FlowStep> Steps { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record FlowStep
{
    [Description("A short id in kebab-case that `next` and `to` name")]
    public required SlugRef Id { get; init; }
    [Description("What happens or what to ask at this step; placeholders allowed")]
    public required string Text { get; init; }
    [Description("The id of the one step that follows")]
    public SlugRef? Next { get; init; }
    [Description("Several labelled ways on, as {label: \"Yes\", to: step-id}")]
    public IReadOnlyList<FlowBranch> Branches { get; init; } = [];
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record FlowBranch
{
    [Description("The answer this way is for, for example \"Yes\"")]
    public required string Label { get; init; }
    [Description("The id of the step it leads to")]
    public required SlugRef To { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>
/// An entry of <c>content/data/notices.yml</c> (and its translations, <c>notices.es.yml</c>): a fixed text every template
/// that needs it prints word for word, such as the limits of confidentiality.
/// </summary>
public sealed record Notice
{
    [Description("A short unique id in kebab-case, which templates name in a `notice` block")]
    public required string Id { get; init; }
    [Description("The notice's heading")]
    public required string Title { get; init; }
    [Description("The notice, in Markdown; placeholders such as {adult_advisor} allowed")]
    public required string Text { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}
