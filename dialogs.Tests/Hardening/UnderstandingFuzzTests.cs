using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Tests.Understanding;
using Cnam.Bot.Understanding;
using Xunit.Abstractions;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// Issue 10, fuzzing: 100,000 seeded random utterances (French and domain words, digits, punctuation, unicode
/// including lone surrogates and noncharacters, very long tokens) through everything that reads user text first:
/// folding, the interruption recognizer and the utterance recognizer. No exception, scores in range, and no single
/// input slower than a generous bound (a pathological case, not a speed target). <c>FUZZ_INPUTS</c> and
/// <c>FUZZ_SEED</c> replay or extend a run.
/// </summary>
public sealed class UnderstandingFuzzTests(ITestOutputHelper output)
{
    private const int DefaultInputs = 100_000;
    private const int DefaultSeed = 20261206;
    private static readonly TimeSpan PerInputBound = TimeSpan.FromMilliseconds(250);

    private static readonly string[] FrenchWords =
    [
        "je", "voudrais", "savoir", "combien", "coûte", "la", "le", "les", "des", "un", "une", "en", "au", "du", "de", "et", "ou", "mais",
        "quand", "est-ce", "que", "c'est", "j'ai", "ans", "mois", "semaine", "prochain", "prochaine", "demain", "hier", "lundi", "samedi",
        "janvier", "février", "décembre", "cours", "soir", "jour", "moi-même", "payer", "employeur", "chômage", "stage", "examen", "aide",
        "annuler", "recommencer", "menu", "retour", "oui", "non", "peut-être", "bonjour", "merci", "svp", "c", "koi", "kan", "ké", "pk",
    ];

    private static readonly string[] DomainWords =
    [
        "LP110", "CPN42", "CP29", "licence", "pro", "CASP", "VAE", "VAPP", "VAP85", "VES", "TRS102", "TRS107", "DRS101", "UE", "ECTS",
        "Paris", "Réunion", "La Réunion", "bac", "bac+2", "BTS", "DUT", "master", "insertion", "culture", "planning", "tarif", "frais",
        "dossier", "inscription", "réunion d'information", "Pôle emploi", "France Travail", "CPF", "OPCO", "2022-2023", "2023/2024",
    ];

    private static readonly string[] Unicode =
    [
        "🎓", "💶", "👍🏽", "👨‍👩‍👧", "\ud83d", "\udc00", "\ufffe", "\uffff", "\ufdd0", "\u200b", "\u200f", "\u202e", "\ufeff", "\u0000", "\u0007",
        "\u001b", "\u0085", "\u2028", "é", "e\u0301", "œ", "Æ", "ß", "İ", "ǅ", "ﬁ", "𝐚", "ｃ", "كم", "שלום", "许可", "\t", "\r\n",
    ];

    private const string Punctuation = ".,;:!?'’\"«»()[]{}<>/\\|@#$%^&*_+=~`-–—…€";

    [Fact]
    public void OneHundredThousandRandomUtterancesNeverThrowAndNeverHang()
    {
        var inputs = ReadSetting("FUZZ_INPUTS", DefaultInputs);
        var seed = ReadSetting("FUZZ_SEED", DefaultSeed);
        var random = new Random(seed);
        var recognizer = UnderstandingFixture.Recognizer;
        var total = Stopwatch.StartNew();
        var slowest = (Time: TimeSpan.Zero, Input: "");
        long characters = 0;
        for (var n = 0; n < inputs; n++)
        {
            var text = Utterance(random, n);
            characters += text.Length;
            var context = new RecognizerContext(AcademicYearStart: n % 3 == 0 ? 2022 : null, Expecting: (Expectation)(n % 8));
            var now = UnderstandingFixture.Now.AddDays(random.Next(-4000, 4000));
            var watch = Stopwatch.StartNew();
            try
            {
                Run(recognizer, text, now, context);
            }
            catch (Exception ex)
            {
                Assert.Fail($"Input #{n} (seed {seed}) threw {ex.GetType().Name}: {ex.Message}\ninput: {Escape(text)}");
            }
            watch.Stop();
            if (watch.Elapsed > PerInputBound)
            {
                // A pause of the shared machine (GC, another build) is not the input's fault: it must be slow every time.
                var best = Enumerable.Range(0, 3).Select(_ => Time(() => Run(recognizer, text, now, context))).Min();
                Assert.True(best <= PerInputBound, $"Input #{n} (seed {seed}) takes {best.TotalMilliseconds:F0} ms: {Escape(text)}");
            }
            if (watch.Elapsed > slowest.Time)
            {
                slowest = (watch.Elapsed, text);
            }
        }
        output.WriteLine(
            $"Fuzzed {inputs:N0} utterances ({characters:N0} characters, seed {seed}) in {total.Elapsed.TotalSeconds:F1} s; slowest " +
            $"{slowest.Time.TotalMilliseconds:F1} ms ({slowest.Input.Length} characters); no exception.");
    }

    private static void Run(UtteranceRecognizer recognizer, string text, DateTimeOffset now, RecognizerContext context)
    {
        _ = FrenchText.Fold(text);
        _ = InterruptionRecognizer.Recognize(text);
        var utterance = recognizer.Recognize(text, now, context);
        Assert.All(utterance.Intents, i => Assert.InRange(i.Score, 0.0, 1.0));
        Assert.True(utterance.Normalized.Length <= FrenchNormalizer.MaxInputLength * 3);
    }

    /// <summary>Mostly short utterances of mixed pieces; one in 500 is long, one in 2,000 holds a 10,000-character token.</summary>
    private static string Utterance(Random random, int n)
    {
        var length = n % 2000 == 1999 ? 12_000 : n % 500 == 0 ? random.Next(1000, 6000) : random.Next(0, 120);
        var text = new StringBuilder(length + 32);
        while (text.Length < length)
        {
            switch (random.Next(10))
            {
                case 0 or 1 or 2: text.Append(FrenchWords[random.Next(FrenchWords.Length)]); break;
                case 3 or 4: text.Append(DomainWords[random.Next(DomainWords.Length)]); break;
                case 5: text.Append(Number(random)); break;
                case 6: text.Append(Punctuation[random.Next(Punctuation.Length)]); break;
                case 7: text.Append(Unicode[random.Next(Unicode.Length)]); break;
                case 8: text.Append((char)random.Next(0, 0x10000)); break;
                default: text.Append(n % 2000 == 1999 ? new string('a', 10_000) : new string((char)random.Next('a', 'z' + 1), random.Next(1, 40))); break;
            }
            text.Append(random.Next(4) == 0 ? "" : " ");
        }
        return text.ToString();
    }

    private static string Number(Random random) => random.Next(7) switch
    {
        0 => random.Next(-100, 100).ToString(CultureInfo.InvariantCulture),
        1 => random.NextInt64().ToString(CultureInfo.InvariantCulture) + random.NextInt64().ToString(CultureInfo.InvariantCulture),
        2 => $"{random.Next(0, 40)}/{random.Next(0, 14)}/{random.Next(0, 10000)}",
        3 => $"{random.Next(0, 30)}h{random.Next(0, 70):D2}",
        4 => $"{random.Next(0, 100000)},{random.Next(0, 100)} €",
        5 => "1e" + random.Next(-400, 400).ToString(CultureInfo.InvariantCulture),
        _ => $"{random.Next(1, 12)} ans et demi",
    };

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static string Escape(string text) =>
        string.Concat(text.Take(300).Select(c => c < ' ' || char.IsSurrogate(c) || c >= '\ufff0' ? $"\\u{(int)c:X4}" : c.ToString()));

    private static int ReadSetting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
