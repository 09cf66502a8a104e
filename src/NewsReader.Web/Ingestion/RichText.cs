using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// A capture saved as rich text (RTF): what TextEdit saves by default on a Mac, what WordPad saves on
/// Windows, and what Pandoc and word processors write. Its text is read paragraph by paragraph and then as
/// a text capture; fonts, colours, styles, the document's information, pictures and fields' instructions
/// (a link's address) are left out. No package served here reads RTF, so this is the format's own small
/// grammar: groups in braces, control words ("\par", "\u8217?"), control symbols ("\'92", "\~") and text.
/// </summary>
public static class RichText
{
    // Groups nested deeper than this are read as part of the one that holds them: a real document nests a
    // few levels, and a file of nothing but "{" must not make a stack of millions.
    const int MaxDepth = 256;

    /// <summary>By how it opens, whatever its name: every RTF file starts "{\rtf".</summary>
    public static bool IsRichText(ReadOnlySpan<byte> bytes) => bytes.StartsWith("{\\rtf"u8);

    public static ParseResult Parse(ReadOnlySpan<byte> bytes, ParseLimits? limits = null, TextPool? texts = null) =>
        ArticleParser.ParseText(ToText(bytes), limits, texts, "the rich text (RTF) document");

    // Destinations whose text is not the document's: tables of fonts, colours and styles, the document's
    // information, pictures and objects, headers and footers, lists' definitions, a field's instruction
    // (a link's address; its result, the link's words, stays). A group opened with "\*" is skipped too.
    static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.Ordinal,
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf",
        "footer", "footerl", "footerr", "footerf", "listtable", "listoverridetable", "rsidtbl", "generator",
        "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore", "fldinst", "filetbl",
        "revtbl", "nonshppict", "mmathPr", "footnote", "annotation");

    // Control words that stand for a character.
    static readonly FrozenDictionary<string, char> Characters = new Dictionary<string, char>
    {
        ["tab"] = '\t', ["emdash"] = '—', ["endash"] = '–', ["lquote"] = '‘', ["rquote"] = '’',
        ["ldblquote"] = '“', ["rdblquote"] = '”', ["bullet"] = '•', ["emspace"] = ' ', ["enspace"] = ' ',
        ["qmspace"] = ' ', ["cell"] = '\t',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The document's text: a paragraph ends in a line break, and in a blank line when it is set with space
    /// after it (Pandoc's and WordPad's paragraphs; TextEdit writes empty paragraphs between its own), so
    /// the capture rules see its paragraphs as a text capture sets them.
    /// </summary>
    internal static string ToText(ReadOnlySpan<byte> rtf)
    {
        var text = new StringBuilder(rtf.Length / 2);
        var groups = new Stack<State>();
        var state = new State(Skip: false, Hidden: false, UnicodeFallback: 1, SpaceAfter: false);
        var overflow = 0; // groups opened past MaxDepth, not yet closed
        var fallbackLeft = 0; // characters still to drop after "\uN": the ones written for readers without Unicode
        var codePage = Windows1252Bytes;

        for (var i = 0; i < rtf.Length;)
        {
            var b = rtf[i];
            if (b == '{')
            {
                if (groups.Count < MaxDepth) groups.Push(state);
                else overflow++;
                fallbackLeft = 0;
                i++;
            }
            else if (b == '}')
            {
                if (overflow > 0) overflow--;
                else if (groups.Count > 0) state = groups.Pop();
                fallbackLeft = 0;
                i++;
            }
            else if (b is (byte)'\r' or (byte)'\n') i++; // the file's own line breaks mean nothing
            else if (b != '\\') { Text(b < 0x80 ? (char)b : Decode(b)); i++; }
            else if (i + 1 < rtf.Length && char.IsAsciiLetter((char)rtf[i + 1])) i = ControlWord(rtf, i + 1);
            else i = ControlSymbol(rtf, i + 1);
        }
        return text.ToString();

        // A byte outside ASCII, in the document's code page (text written as it is, or as "\'92").
        char Decode(byte b) => codePage[b];

        void Text(char c)
        {
            if (fallbackLeft > 0) { fallbackLeft--; return; }
            if (!state.Skip && !state.Hidden) text.Append(c);
        }

        void EndParagraph()
        {
            fallbackLeft = 0;
            if (state.Skip) return;
            text.Append('\n');
            if (state.SpaceAfter) text.Append('\n');
        }

        // "\word", "\word42", "\word-7", then one space that only ends the word. Returns where reading goes on.
        int ControlWord(ReadOnlySpan<byte> rtf, int at)
        {
            var end = at;
            while (end < rtf.Length && end - at < 32 && char.IsAsciiLetter((char)rtf[end])) end++;
            var word = Encoding.ASCII.GetString(rtf[at..end]);
            int? parameter = null;
            var negative = end < rtf.Length && rtf[end] == '-' && end + 1 < rtf.Length && char.IsAsciiDigit((char)rtf[end + 1]);
            if (negative) end++;
            if (end < rtf.Length && char.IsAsciiDigit((char)rtf[end]))
            {
                var value = 0;
                for (var digits = 0; end < rtf.Length && char.IsAsciiDigit((char)rtf[end]); end++, digits++)
                    if (digits < 9) value = value * 10 + (rtf[end] - '0');
                parameter = negative ? -value : value;
            }
            if (end < rtf.Length && rtf[end] == ' ') end++;

            switch (word)
            {
                case "bin": // binary data: its length is the parameter, and none of it is text
                    return parameter is > 0 ? (int)Math.Min(rtf.Length, (long)end + parameter.Value) : end;
                case "u" when parameter is { } code:
                    // A signed 16-bit number; the characters after it are for readers without Unicode.
                    var skip = state.UnicodeFallback;
                    fallbackLeft = 0;
                    Text((char)(code < 0 ? code + 65536 : code));
                    fallbackLeft = skip;
                    return end;
                case "uc":
                    state = state with { UnicodeFallback = Math.Clamp(parameter ?? 1, 0, 8) };
                    break;
                case "ansicpg" when parameter is { } page:
                    codePage = CodePage(page);
                    break;
                case "par" or "sect" or "page" or "row":
                    EndParagraph();
                    return end;
                case "line":
                    Text('\n');
                    break;
                case "pard":
                    state = state with { SpaceAfter = false };
                    break;
                case "sa":
                    state = state with { SpaceAfter = parameter > 0 };
                    break;
                case "v": // hidden text ("\v0" ends it), as a word processor keeps notes to itself
                    state = state with { Hidden = parameter != 0 };
                    break;
                case "plain": // the character formatting's defaults: shown again
                    state = state with { Hidden = false };
                    break;
                default:
                    if (Skipped.Contains(word)) state = state with { Skip = true };
                    else if (Characters.TryGetValue(word, out var c)) Text(c);
                    break;
            }
            fallbackLeft = 0;
            return end;
        }

        // "\\", "\{", "\}", "\'92" (a byte in the document's code page), "\~" (a no-break space), "\-" (where a
        // word may break), "\_" (a hyphen that does not break), "\*" (what follows in the group may be
        // skipped), and a backslash ending a line, which ends a paragraph (TextEdit's way).
        int ControlSymbol(ReadOnlySpan<byte> rtf, int at)
        {
            if (at >= rtf.Length) return at;
            switch ((char)rtf[at])
            {
                case '\\' or '{' or '}':
                    Text((char)rtf[at]);
                    return at + 1;
                case '\'':
                    if (at + 2 < rtf.Length && byte.TryParse(rtf.Slice(at + 1, 2), NumberStyles.AllowHexSpecifier, null, out var code))
                    {
                        Text(code < 0x80 ? (char)code : Decode(code));
                        return at + 3;
                    }
                    return at + 1;
                case '~':
                    Text('\u00A0');
                    break;
                case '_':
                    Text('-');
                    break;
                case '*':
                    state = state with { Skip = true };
                    break;
                case '\r' or '\n':
                    EndParagraph();
                    return at + 1;
            }
            fallbackLeft = 0;
            return at + 1;
        }
    }

    // The document's code page for bytes outside ASCII ("\ansicpg1251") as the character of each byte;
    // Windows-1252's when it names none or one this platform does not have (or not of one byte a character).
    static string CodePage(int page) =>
        page is > 0 and < 65536 && CodePagesEncodingProvider.Instance.GetEncoding(page) is { IsSingleByte: true } encoding
            ? ByteCharacters(encoding) : Windows1252Bytes;

    static string ByteCharacters(Encoding encoding)
    {
        Span<byte> bytes = stackalloc byte[256];
        for (var b = 0; b < 256; b++) bytes[b] = (byte)b;
        return encoding.GetString(bytes);
    }

    static readonly string Windows1252Bytes = ByteCharacters(CodePagesEncodingProvider.Instance.GetEncoding(1252)!);

    readonly record struct State(bool Skip, bool Hidden, int UnicodeFallback, bool SpaceAfter);
}
