using PeerHub.Templates;

namespace PeerHub.Toolkit;

// What the toolkit layouts see (layouts/toolkit.html, toolkitprofile.html and partials/toolkit-*.html). Every text
// that may hold a placeholder arrives as HTML with each placeholder already a <span class="ph" data-ph="key">, which
// js/toolkit.js fills in from the school profile kept on the reader's device.

/// <summary>One template: its blocks in order, who it is for, the sheets it prints on, and what names it.</summary>
/// <param name="Purpose">What the template is for, as HTML (placeholders filled in like the blocks).</param>
/// <param name="Audience">Who it is for, in the page's language.</param>
/// <param name="Models">The program models that need it.</param>
/// <param name="Curricula">The courses with a session that uses it.</param>
/// <param name="Placeholders">The placeholders the template prints, in the profile's order, for the note on what it fills in.</param>
/// <param name="Copies">How many copies print on each sheet, to cut apart; 1 for a form.</param>
public sealed record ToolkitView(
    string Slug, string Purpose, IReadOnlyList<string> Audience, int LetterSheets, int A4Sheets, int Copies,
    IReadOnlyList<LinkView> Models, IReadOnlyList<LinkView> Curricula, IReadOnlyList<ToolkitBlockView> Blocks,
    IReadOnlyList<PlaceholderView> Placeholders, string ProfileUrl);

/// <summary>
/// One block. <see cref="Kind"/> is its key (heading, text, checkboxes, field, lines, table, signature, notice,
/// flowchart, cards, page_break); <see cref="Id"/> is unique on the page and starts the ids of its controls.
/// </summary>
/// <param name="Html">A heading's or a text's HTML; a notice's text.</param>
/// <param name="Label">A control's label, a table's caption, a notice's or a chart's title, as HTML.</param>
/// <param name="Items">A group's boxes, or the cards' texts, as HTML.</param>
/// <param name="Count">A box's lines.</param>
/// <param name="Columns">A table's column headings, as HTML.</param>
/// <param name="Rows">A table's empty rows, each cell with its control's id and accessible name.</param>
/// <param name="Lang">The language of a notice shown in the default language because it has no translation; else null.</param>
public sealed record ToolkitBlockView(
    string Kind, string Id, string Html, string Label, IReadOnlyList<string> Items, int Count,
    IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<TableCellView>> Rows, string? Lang, FlowchartView? Flowchart);

/// <summary>A table cell's control: its id and its accessible name ("Date, row 3").</summary>
public sealed record TableCellView(string Id, string Name);

/// <summary>A flowchart: the SVG (labelled by the title and the text version) and the text version's steps.</summary>
public sealed record FlowchartView(string Svg, string TitleId, string TextId, IReadOnlyList<FlowStepView> Steps);

/// <summary>A step of the text version: its number, its text as HTML, and where it goes on ("Next: step 2").</summary>
public sealed record FlowStepView(int Number, string Id, string Text, IReadOnlyList<FlowWayView> Ways);

/// <summary>A way on from a step: the branch's label as HTML (empty for a plain next step), and the step it leads to.</summary>
public sealed record FlowWayView(string Label, int Number, string Id);

/// <summary>A placeholder as the profile page asks for it: its key, the control's id, its label and hint, its input type.</summary>
public sealed record PlaceholderView(string Key, string Id, string Label, string Hint, string Type);

/// <summary>The school profile page: every placeholder's control, and the templates there are to fill in.</summary>
public sealed record ToolkitProfileView(IReadOnlyList<PlaceholderView> Placeholders, string ToolkitUrl, int TemplateCount);
