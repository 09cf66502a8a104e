using System.Text;
using System.Text.Json;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

/// <summary>
/// Captures saved in the legacy encoding of their language (Windows-1251, KOI8-R, Shift_JIS, GBK, Big5, EUC-KR,
/// Windows-1253, -1255, -1256, -874), which name none, and UTF-16 without a byte order mark in scripts that
/// put no NUL in every other byte: each reads as the same article as its UTF-8 capture.
/// </summary>
public class LegacyEncodingTests
{
    static string Capture(string headline, string caption, string author, string dateline, string opening, string second, string credits, string teaser, string summary) =>
        $"{headline}\n\n{caption}\n{author}\n·2 min read\n\nBy {author}\n\n{dateline} - {opening}\n\n{second}\n\n({credits})\n\nRecommended Stories\n\n  • {teaser}\n\n    {summary}\n";

    public static TheoryData<string, string> Stories => new()
    {
        { "windows-1251", Russian }, { "koi8-r", Russian }, { "windows-1251", Ukrainian },
        { "shift_jis", Japanese }, { "euc-jp", Japanese },
        { "gbk", Chinese }, { "big5", TraditionalChinese }, { "euc-kr", Korean },
        { "windows-1253", Greek }, { "iso-8859-7", Greek },
        { "windows-1255", Hebrew }, { "windows-1256", Arabic }, { "windows-874", Thai },
    };

    static readonly string Russian = Capture("Глава НАТО призвал союзников увеличить расходы на оборону",
        "Генеральный секретарь выступает на пресс-конференции в Брюсселе", "Иван Петров", "БРЮССЕЛЬ (Рейтер)",
        "Генеральный секретарь НАТО в четверг призвал страны альянса «значительно» увеличить военные расходы.",
        "Решение будет принято на саммите в июле — после консультаций с союзниками.",
        "Репортаж Ивана Петрова; редактирование Анны Смирновой", "Нефть дешевеет на фоне данных о запасах", "Цены снижаются второй день подряд.");

    static readonly string Ukrainian = Capture("Уряд України ухвалив новий бюджет на наступний рік",
        "Прем'єр-міністр виступає у Верховній Раді", "Олена Коваль", "КИЇВ (Рейтер)",
        "Уряд України в четвер ухвалив новий бюджет. Міністр фінансів заявив, що дефіцит зменшиться.",
        "Їхні пропозиції розглянуть наступного тижня.",
        "Репортаж Олени Коваль; редагування Петра Шевченка", "Гривня зміцнилася до долара", "Курс зріс уперше за місяць.");

    static readonly string Japanese = Capture("日本銀行は金融政策を据え置き、円安に懸念を示した",
        "記者会見する日銀総裁", "山田太郎", "東京（ロイター）",
        "日本銀行は木曜日、金融政策決定会合で短期金利を据え置くことを決めた。総裁は為替の動向を注視すると述べた。",
        "市場関係者は、年内の利上げの可能性が高まったとみている。",
        "山田太郎 編集：佐藤花子", "原油価格が下落、在庫増加で", "二日連続の下落となった。");

    static readonly string Chinese = Capture("中国央行宣布下调存款准备金率以支持经济增长",
        "中国人民银行总部大楼", "李明", "北京（路透）",
        "中国人民银行周五宣布，下调金融机构存款准备金率0.5个百分点，以支持实体经济发展。",
        "分析人士认为，此举将释放长期流动性约一万亿元。",
        "记者 李明；编辑 王芳", "人民币汇率小幅走强", "美元指数回落。");

    static readonly string TraditionalChinese = Capture("臺灣政府宣布新的經濟刺激方案",
        "行政院長在記者會上發言", "王小明", "台北（路透）",
        "臺灣行政院週四宣布新一輪經濟刺激方案，總額達新台幣一千億元，以協助受影響的產業。",
        "經濟學家表示，這將有助於提振國內消費。",
        "記者 王小明；編輯 陳美玲", "台股收盤上漲", "電子股領漲。");

    static readonly string Korean = Capture("한국은행 기준금리 동결 결정",
        "기자회견 하는 한국은행 총재", "김철수", "서울 (로이터)",
        "한국은행은 목요일 기준금리를 동결했다. 총재는 물가 상승 압력이 여전하다고 말했다.",
        "시장에서는 연내 인하 가능성을 점치고 있다.",
        "김철수 기자; 편집 이영희", "원화 가치 소폭 상승", "달러 약세 영향이다.");

    static readonly string Greek = Capture("Η Ελλάδα ανακοινώνει νέα μέτρα στήριξης για τα νοικοκυριά",
        "Ο πρωθυπουργός σε συνέντευξη Τύπου", "Γιώργος Παπαδόπουλος", "ΑΘΗΝΑ (Reuters)",
        "Η ελληνική κυβέρνηση ανακοίνωσε την Πέμπτη νέο πακέτο μέτρων στήριξης για τα νοικοκυριά που πλήττονται από την ακρίβεια.",
        "Τα μέτρα θα τεθούν σε ισχύ από τον επόμενο μήνα.",
        "Ρεπορτάζ Γιώργου Παπαδόπουλου", "Άνοδος στο χρηματιστήριο της Αθήνας", "Οι τράπεζες οδήγησαν την άνοδο.");

    static readonly string Hebrew = Capture("ממשלת ישראל אישרה את התקציב החדש",
        "שר האוצר במסיבת עיתונאים", "דוד כהן", "ירושלים (רויטרס)",
        "ממשלת ישראל אישרה ביום חמישי את התקציב החדש. שר האוצר אמר כי הגירעון יקטן.",
        "האופוזיציה מתחה ביקורת על התוכנית.",
        "דיווח של דוד כהן; עריכה שרה לוי", "השקל התחזק מול הדולר", "המסחר היה ער.");

    static readonly string Arabic = Capture("الحكومة المصرية تعلن إجراءات اقتصادية جديدة",
        "وزير المالية في مؤتمر صحفي", "أحمد حسن", "القاهرة (رويترز)",
        "أعلنت الحكومة المصرية يوم الخميس عن إجراءات اقتصادية جديدة. وقال وزير المالية إن العجز سينخفض.",
        "ومن المتوقع أن تدخل الإجراءات حيز التنفيذ الشهر المقبل.",
        "تقرير أحمد حسن؛ تحرير سارة علي", "ارتفاع أسعار النفط", "بسبب مخاوف الإمدادات.");

    static readonly string Thai = Capture("รัฐบาลไทยประกาศมาตรการกระตุ้นเศรษฐกิจใหม่",
        "นายกรัฐมนตรีแถลงข่าว", "สมชาย ใจดี", "กรุงเทพฯ (รอยเตอร์)",
        "รัฐบาลไทยประกาศมาตรการกระตุ้นเศรษฐกิจใหม่ในวันพฤหัสบดี รัฐมนตรีคลังกล่าวว่าการขาดดุลจะลดลง",
        "นักวิเคราะห์คาดว่ามาตรการนี้จะช่วยการบริโภค",
        "รายงานโดย สมชาย ใจดี", "เงินบาทแข็งค่าขึ้น", "นักลงทุนต่างชาติซื้อสุทธิ");

    static string Shape(Article a) => JsonSerializer.Serialize(a);

    static byte[] Encode(string text, string encoding) =>
        // Strict: a character the encoding cannot hold fails the test rather than turn into "?".
        CodePagesEncodingProvider.Instance.GetEncoding(encoding, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!.GetBytes(text);

    // Shift_JIS, Big5, Thai and others have no "·" or "•", some no "«", "»" or "—": a capture in them has what
    // the capture tool wrote instead.
    static string Portable(string text, string encoding)
    {
        foreach (var (character, instead) in new[] { ("·", ""), ("•", "*"), ("«", "\""), ("»", "\""), ("—", "-") })
            if (!CanEncode(character, encoding)) text = text.Replace(character, instead);
        return text;
    }

    static bool CanEncode(string text, string encoding)
    {
        try
        {
            Encode(text, encoding);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void ACaptureInItsLanguagesLegacyEncodingReadsAsItsUtf8Capture(string encoding, string text)
    {
        text = Portable(text, encoding);
        var bytes = Encode(text, encoding);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        Assert.Equal(Shape(Samples.Parse(text)), Shape(Samples.ParseBytes(bytes)));
    }

    [Theory]
    [InlineData("windows-1251", "МОСКВА (Рейтер) - Новости дня.")]
    [InlineData("shift_jis", "東京（ロイター） - 据え置き。")]
    public void AShortCaptureReadsToo(string encoding, string body)
    {
        var text = $"{(encoding == "shift_jis" ? "日銀" : "Глава НАТО")}\n\n{body}\n";
        Assert.Equal(Shape(Samples.Parse(text)), Shape(Samples.ParseBytes(Encode(text, encoding))));
    }

    // The detector reads the first 64 KB; the whole text is read in what it finds.
    [Fact]
    public void ALongCaptureIsReadWholeInItsEncoding()
    {
        var paragraphs = Enumerable.Range(1, 900).Select(i => $"Абзац номер {i}: министр заявил, что решение будет принято на саммите в июле.");
        var text = Russian.Replace("(Репортаж", string.Join("\n\n", paragraphs) + "\n\n(Репортаж");
        var bytes = Encode(text, "windows-1251");
        Assert.True(bytes.Length > 64 * 1024);

        var a = Samples.ParseBytes(bytes);

        Assert.Equal(Shape(Samples.Parse(text)), Shape(a));
        Assert.Contains(a.Paragraphs, p => p.StartsWith("Абзац номер 900:"));
    }

    // Texts in Western languages are Windows-1252, as before: the detector's guess among the Latin encodings
    // (it takes a few of these for Windows-1250, ISO-8859-2 or Mac Central European) is not used.
    [Theory]
    [InlineData("Markets rally – “calm” quarter ahead", "Stocks rose on Thursday.")]
    [InlineData("Café owners protest", "Owners marched.")]
    [InlineData("De Nederlandse regering: coöperatie en ideeën", "De regering heeft donderdag een plan gepresenteerd.")]
    [InlineData("El Gobierno español aprobó una reforma", "«Es un día histórico», dijo la ministra. Año de transición.")]
    [InlineData("Sveriges regering föreslår höjda skatter", "Göteborg och Malmö påverkas mest, säger ministern.")]
    [InlineData("By Zoë Müller", "Stocks rose on Thursday after the central bank held rates at 5%.")]
    public void AWesternTextStillReadsAsWindows1252(string headline, string opening)
    {
        var text = $"{headline}\n\nLONDON (Reuters) - {opening}\n";
        Assert.Equal(Shape(Samples.Parse(text)), Shape(Samples.ParseBytes(Encode(text, "windows-1252"))));
    }

    // Windows' "Unicode" text without its byte order mark: Cyrillic or Japanese puts a NUL in far fewer than
    // half the byte pairs (only after its spaces, digits and line breaks), but always on the same side.
    [Theory]
    [InlineData("utf-16LE", "ru")]
    [InlineData("utf-16BE", "ru")]
    [InlineData("utf-16LE", "ja")]
    [InlineData("utf-16BE", "ja")]
    [InlineData("utf-16LE", "zh")] // "一万亿元": U+4E00 puts a NUL on the other side
    [InlineData("utf-16BE", "zh")]
    public void Utf16WithoutAByteOrderMarkReadsInAnyScript(string encoding, string language)
    {
        var text = language switch { "ru" => Russian, "ja" => Japanese, _ => Chinese };
        var bytes = Encoding.GetEncoding(encoding).GetBytes(text);
        Assert.Equal(Shape(Samples.Parse(text)), Shape(Samples.ParseBytes(bytes)));
    }

    // A guess is said, for the ingestion report; a text whose encoding is certain says nothing.
    [Theory]
    [InlineData("utf-8", null)]
    [InlineData("utf-8-bom", null)]
    [InlineData("utf-16-bom", null)]
    [InlineData("utf-16", "Read as UTF-16 (little-endian), as its NUL bytes tell: it has no byte order mark.")]
    [InlineData("utf-16BE", "Read as UTF-16 (big-endian), as its NUL bytes tell: it has no byte order mark.")]
    [InlineData("windows-1252", "Read as Windows-1252, as older Western tools write text: it is not UTF-8 and names no encoding.")]
    [InlineData("windows-1251", "Read as windows-1251, the encoding its text is in: it is not UTF-8 and names none.")]
    [InlineData("shift_jis", "Read as shift_jis, the encoding its text is in: it is not UTF-8 and names none.")]
    [InlineData("utf-8-read-as-1252", "Mended: UTF-8 text once read as Windows-1252 and saved again (\"â€™\" for \"’\") is read as it was written.")]
    public void HowATextWasReadIsSaidWhenItWasAGuess(string form, string? expected)
    {
        var text = form is "windows-1251" ? Russian : form is "shift_jis" ? Portable(Japanese, form) : "Zürich’s café rally\n\nPARIS (AFP) - Prices rose in Zürich.\n";
        byte[] bytes = form switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16" => Encoding.Unicode.GetBytes(text),
            "utf-16BE" => Encoding.BigEndianUnicode.GetBytes(text),
            "utf-8-read-as-1252" => Encoding.UTF8.GetBytes(CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(Encoding.UTF8.GetBytes(text))),
            _ => Encode(text, form),
        };

        Assert.NotNull(SeedText.Decode(bytes, out _, out var readAs));
        Assert.Equal(expected, readAs);
        Assert.Equal(expected, ArticleParser.Parse(bytes).Note);
    }

    // UTF-8 gone bad stays rejected, whatever an encoding detector would make of it.
    [Fact]
    public void Utf8WithWindows1252QuotesPastedInIsStillRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(Samples.Full).Concat(new byte[] { (byte)' ', 0x93, (byte)'h', (byte)'i', 0x94, (byte)'\n' }).ToArray();
        Assert.StartsWith("not UTF-8 text: invalid byte sequence at offset", Samples.RejectBytes(bytes));
    }

    [Fact]
    public void Utf8JapaneseMissingAByteIsStillRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(Japanese).Where((_, i) => i != 1).ToArray(); // "日" is E6 97 A5
        Assert.Equal("not UTF-8 text: invalid byte sequence at offset 0", Samples.RejectBytes(bytes));
    }

    // A page that names no encoding (nor has its container name one) is read in the one its text is in.
    [Theory]
    [InlineData("windows-1251", "Рынки растут, банк сохранил ставку", "Акции выросли в четверг после решения центрального банка")]
    [InlineData("shift_jis", "株式市場が上昇、中央銀行は金利を据え置き", "株価が上昇した")]
    [InlineData("gbk", "市场上涨，央行维持利率不变", "股市周四上涨")]
    public void APageThatNamesNoEncodingIsReadInItsTextsOwn(string encoding, string headline, string opening)
    {
        var page = $"""
            <!DOCTYPE html>
            <html><head><title>{headline}</title></head><body><main><article>
              <h1>{headline}</h1>
              <p>LONDON (AFP) - {opening}.</p>
              <p>{opening}, {headline}.</p>
            </article></main></body></html>
            """;
        var result = HtmlArticleParser.Parse(Encode(page, encoding));
        var a = Assert.IsType<Article>(result.Article);
        Assert.Equal(headline, a.Headline);
        Assert.StartsWith("Read as ", result.Note);
        Assert.Equal($"LONDON (AFP) - {opening}.", a.Paragraphs[0]);
    }
}
