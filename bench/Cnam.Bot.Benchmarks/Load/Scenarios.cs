using System.Globalization;
using System.Text;
using Cnam.Bot.Benchmarks.Common;

namespace Cnam.Bot.Benchmarks.Load;

/// <summary>What a turn is, for the per-kind latency figures.</summary>
public enum TurnKind
{
    Qa,
    Eligibility,
    Schedule,
}

/// <summary>
/// One user turn: typed text, or an Adaptive Card submission (<paramref name="CardValue"/> is the card's data,
/// sent as the activity's <c>value</c> with <c>channelData.postBack</c>, as Web Chat sends it).
/// </summary>
public sealed record Turn(TurnKind Kind, string? Text, IReadOnlyDictionary<string, string>? CardValue = null);

/// <summary>
/// The conversations the load generator plays: what prospects and learners do with the bot. A conversation is
/// either a few questions (the dev set, sometimes typed without accents and in lower case, as people type on a
/// phone), a whole eligibility questionnaire (buttons clicked or answers typed, sometimes a question in the
/// middle, all taken from the transcripts the eligibility tests check), or a learner's schedule questions.
/// </summary>
public sealed class Scenarios
{
    // Share of conversations of each kind: most visitors ask a question or two; a quarter check their eligibility.
    private const double QaShare = 0.60;
    private const double EligibilityShare = 0.25;

    private readonly IReadOnlyList<string> _questions;

    public Scenarios(IReadOnlyList<DevQuestion> devSet) => _questions = devSet.Select(q => q.Question).ToList();

    public int QuestionCount => _questions.Count;

    public IReadOnlyList<Turn> Next(Random random)
    {
        var draw = random.NextDouble();
        if (draw < QaShare)
        {
            return Questions(random);
        }
        if (draw < QaShare + EligibilityShare)
        {
            return Eligibility[random.Next(Eligibility.Length)];
        }
        return Schedule[random.Next(Schedule.Length)];
    }

    private List<Turn> Questions(Random random)
    {
        var count = 1 + random.Next(3);
        var turns = new List<Turn>(count);
        for (var i = 0; i < count; i++)
        {
            var question = _questions[random.Next(_questions.Count)];
            turns.Add(new Turn(TurnKind.Qa, random.NextDouble() < 0.3 ? AsTypedOnAPhone(question) : question));
        }
        return turns;
    }

    /// <summary>Lower case, no accents: how many people type.</summary>
    private static string AsTypedOnAPhone(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static Turn Say(string text) => new(TurnKind.Eligibility, text);

    private static Turn Click(string slot, string value) =>
        new(TurnKind.Eligibility, null, new Dictionary<string, string> { ["action"] = "eligibility/answer", ["slot"] = slot, ["value"] = value });

    private static Turn Learner(string text) => new(TurnKind.Schedule, text);

    // The eligibility transcripts of dialogs.Tests/Dialogs/Eligibility/EligibilityDialogTests.cs.
    private static readonly Turn[][] Eligibility =
    [
        [
            Say("Suis-je éligible ?"), Click("Programme", "CPN42"), Click("Centre", "Paris"), Click("Diploma", "level:4"),
            Click("Experience", "0"), Click("Modality", "soir"), Click("Funding", "individuel"),
        ],
        [
            Say("J'ai un BTS ESF et 3 ans en mission locale, je peux faire la licence pro ?"), Say("insertion professionnelle"),
            Say("le soir"), Say("sur 2 ans"), Say("c'est mon employeur qui paie"),
        ],
        [
            Say("je voudrais savoir si je peux m'inscrire"), Say("le titre CASP"), Say("à Paris"), Say("le bac"), Say("retour"),
            Say("non en fait j'ai un DUT carrières sociales"), Say("2 ans"), Say("dans la vente"), Say("en journée"),
            Say("demandeur d'emploi"),
        ],
        [
            Say("Suis-je éligible ?"), Say("la licence pro insertion professionnelle"), Say("c'est quoi la VAPP ?"),
            Say("niveau terminale"), Say("un an et demi"), Say("dans un CHRS"), Say("cours du soir"), Say("1 an"),
            Say("je me finance moi-même"),
        ],
        [
            Say("je voudrais savoir si je peux m'inscrire"), Say("je ne sais pas"), Say("Paris"), Say("le bac"), Say("2 ans"),
            Say("accueil information orientation"),
        ],
        [
            Say("J'ai juste le bac mais ça fait 5 ans que je suis conseillère en insertion, je peux m'inscrire en licence pro ?"),
            Say("1"), Say("jour"), Say("CPF"),
        ],
    ];

    // The schedule transcripts of dialogs.Tests/Schedules/ScheduleDialogTests.cs.
    private static readonly Turn[][] Schedule =
    [
        [Learner("c'est quand mon prochain cours ?"), Learner("Cours du soir"), Learner("Insertion professionnelle"), Learner("mon prochain cours")],
        [Learner("je suis en cours du soir"), Learner("je suis en parcours insertion professionnelle"), Learner("j'ai quoi cette semaine ?")],
    ];
}
