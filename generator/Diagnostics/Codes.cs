namespace PeerHub.Diagnostics;

/// <summary>Stable diagnostic codes; never renumber one, maintainers search for them.</summary>
public static class Codes
{
    public const string YamlSyntax = "PH0001";
    public const string MissingField = "PH0002";
    public const string WrongType = "PH0003";
    public const string UnknownKey = "PH0004";
    public const string DuplicateSlug = "PH0005";
    public const string BrokenReference = "PH0006";
    public const string BrokenLink = "PH0007";
    public const string TemplateError = "PH0008";
    public const string NotUtf8 = "PH0009";
    public const string InvalidValue = "PH0010";
    public const string MissingFrontMatter = "PH0011";
    public const string ContentRule = "PH0012";
    public const string UnknownFile = "PH0013";
    public const string UnsafeHtml = "PH0014";
    public const string Placeholder = "PH0015";
    /// <summary>A folder the build reads (content/, the theme) does not exist.</summary>
    public const string MissingFolder = "PH0016";
    /// <summary>The theme lacks a file or string the build needs, or a package `npm ci` installs.</summary>
    public const string MissingThemeFile = "PH0017";
    /// <summary>The output could not be written: a read-only or full disk, a file where a folder should be, a lock.</summary>
    public const string OutputFailed = "PH0018";
    /// <summary>An input file could not be read (permissions, a device, a vanished file).</summary>
    public const string ReadFailed = "PH0019";
    /// <summary>A symbolic link, FIFO, socket or device among the site's files: only regular files are read.</summary>
    public const string NotRegularFile = "PH0020";
    /// <summary>A course named for a model runs, with its further training, less than the model's minimum training hours.</summary>
    public const string TrainingShort = "PH0021";
    /// <summary>A scenario about suicide or self-harm lacks its closing line of hope and help-seeking.</summary>
    public const string SafeMessaging = "PH0022";
    /// <summary>A translation sets a field that is the same in every language (a reference, a number, a taxonomy key).</summary>
    public const string LanguageNeutral = "PH0023";
    /// <summary>A translation has no source file beside it.</summary>
    public const string TranslationWithoutSource = "PH0024";
    public const string ReviewWarning = "PH0100";
}
