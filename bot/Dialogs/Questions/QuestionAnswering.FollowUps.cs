using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Queries;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

// How a question relates to the one before it: a follow-up that names only a new subject, a general topic a specific one
// absorbs, or one asked on its own beside it.
public sealed partial class QuestionAnswering
{
    /// <summary>
    /// A more specific topic absorbs a general one it would otherwise repeat: "les documents pour ma convention de stage"
    /// are the convention's documents, not the registration's.
    /// </summary>
    private static readonly (string Specific, string General)[] Subsumes =
    [
        (Understanding.Intents.Convention, Understanding.Intents.RegistrationDocuments),
        (Understanding.Intents.Convention, Understanding.Intents.Internship),
        (Understanding.Intents.Withdrawal, Understanding.Intents.RegistrationDocuments),
        (Understanding.Intents.Internship, Understanding.Intents.Duration),
        (Understanding.Intents.Internship, Understanding.Intents.Hours),
        (Understanding.Intents.Tariffs, Understanding.Intents.PlanningDates),
        (Understanding.Intents.RegistrationDocuments, Understanding.Intents.Access),
        (Understanding.Intents.Convention, Understanding.Intents.Duration),
        (Understanding.Intents.Tariffs, Understanding.Intents.Ects),
        (Understanding.Intents.Tariffs, Understanding.Intents.UeList),
        (Understanding.Intents.ValidationRoutes, Understanding.Intents.DiplomaConditions),
        (Understanding.Intents.InformationMeeting, Understanding.Intents.PlanningDates),
        (Understanding.Intents.Tariffs, Understanding.Intents.Duration),
        // "How long does a VAE take?": the route's time frame, not a programme's length.
        (Understanding.Intents.ValidationRoutes, Understanding.Intents.Duration),
        // "I have some UEs validated, can I get exemptions?": the units are the person's, not a list asked.
        (Understanding.Intents.ValidationRoutes, Understanding.Intents.UeList),
        // "accessible aux personnes handicapées ?": the disability support, not everyone's entry conditions.
        (Understanding.Intents.Handicap, Understanding.Intents.Access),
    ];

    /// <summary>
    /// A general topic asked as a question of its own beside the specific one, not words of it inside the specific one:
    /// a start or end asked with "when" beside a fee ("combien coûte la licence et quand commence-t-elle ?", not "par an"
    /// or "à la rentrée"), the internship's length beside its agreement ("combien d'heures de stage et qui signe la
    /// convention ?", not "les documents pour ma convention de stage"), the programme's length beside a fee ("et combien de
    /// temps dure-t-elle ?", not "en 2 ans").
    /// </summary>
    private bool AskedOnItsOwn(string specific, string general, Slots s, List<string> intents) => (specific, general) switch
    {
        (_, Understanding.Intents.PlanningDates) => s.Mentions(_vocabulary.WhenWords) && (s.Mentions(_vocabulary.PlanningStart) || s.Mentions(_vocabulary.PlanningEnd))
            || s.Mentions(_vocabulary.PlanningNouns),
        (_, Understanding.Intents.Internship) => intents.Contains(Understanding.Intents.Hours) || intents.Contains(Understanding.Intents.Duration),
        // Beside a fee only: "la durée du stage" is the internship's length, never the programme's.
        (Understanding.Intents.Tariffs, Understanding.Intents.Duration) => _vocabulary.AsksHowLong(s),
        // "the entry requirements and registration dates": the conditions asked by name, beside the registration.
        (Understanding.Intents.RegistrationDocuments or Understanding.Intents.Handicap, Understanding.Intents.Access) => s.Mentions(_vocabulary.EntryAskWords),
        _ => false,
    };

    /// <summary>"et pour le CP29 ?", "and in the evening?", "aussi pour…": the message continues the previous one.</summary>
    private bool StartsAsFollowUp(Slots s)
    {
        // "d'accord, et pour le CASP ?", "ok and in the evening?": an acknowledgement before it does not count.
        var words = Knowledge.Text.FrenchText.Words(s.Question).SkipWhile(_vocabulary.LeadInWords.Contains).ToList();
        var first = words.FirstOrDefault();
        return first is "et" or "and" or "aussi" or "also" or "what" && words.Count <= 8 || first is "pour" or "for" && words.Count <= 5;
    }

    private static bool HasSubject(Utterance u) =>
        u.Entities.Programme is not null || u.Entities.UeCodes.Count > 0 || u.Entities.Centre is not null;

    /// <summary>A message with no topic of its own that names a programme, centre, modality... continues the last question.</summary>
    private static bool IsFollowUp(Utterance u, Slots s)
    {
        var e = u.Entities;
        // A profile with a question mark and nothing else asked ("je dois le faire si je travaille déjà dans l'insertion ?")
        // asks the last question again for the person's own case.
        return e.Programme is not null || e.Centre is not null || e.Modality is not null || e.Funding is not null || e.Parcours is not null
            || e.PlanYears is not null || e.UeCodes.Count > 0 || e.Dates.Count > 0 || e.Credits.Count > 0 || s.Words.Contains("et") || s.Words.Contains("and")
            || e.DescribesAProfile && u.Raw.Contains('?', StringComparison.Ordinal);
    }
}
