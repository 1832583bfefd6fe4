using System.Text.Json.Nodes;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs.Eligibility;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Meetings;
using Cnam.Bot.Tests.Dialogs.Eligibility;

namespace Cnam.Bot.Tests.Cards;

/// <summary>One sample of every card the bot sends, named as its golden file.</summary>
internal static class CardSamples
{
    public static IReadOnlyList<(string Name, JsonObject Card)> All(EligibilityFixture fixture)
    {
        var questions = new EligibilityQuestions(fixture.Rules, fixture.Fees);
        var results = new EligibilityResultBuilder(fixture.Rules, fixture.Fees);
        JsonObject Question(EligibilitySlot slot, EligibilityAnswers a)
        {
            var q = questions.For(slot, a);
            return EligibilityQuestionCard.Build(q.Text, slot.ToString(), q.Choices.Select(c => (c.Value, c.DisplayTitle)), "Vous pouvez aussi écrire votre réponse.");
        }
        JsonObject Result(EligibilityAnswers a) => EligibilityResultCard.Build(results.Build(a));

        var lp110 = new EligibilityAnswers { Programme = "LP110", Parcours = "insertion-pro", Centre = "Paris" };
        return
        [
            ("eligibility-question-programme", Question(EligibilitySlot.Programme, new EligibilityAnswers())),
            ("eligibility-question-diploma", Question(EligibilitySlot.Diploma, lp110)),
            ("eligibility-question-experience", Question(EligibilitySlot.Experience, lp110)),
            ("eligibility-question-funding", Question(EligibilitySlot.Funding, lp110 with { Modality = "jour", PlanYears = 1 })),
            ("eligibility-result-lp110-direct", Result(lp110 with
            {
                DiplomaLevel = 5, DiplomaLabel = "BTS ESF", ExperienceMonths = 36, ExperienceField = "insertion",
                Modality = "soir", PlanYears = 2, Funding = "employeur",
            })),
            ("eligibility-result-lp110-vapp-stage", Result(lp110 with
            {
                DiplomaLevel = 4, DiplomaLabel = "bac", ExperienceMonths = 6, ExperienceField = "insertion",
                Modality = "jour", PlanYears = 1, Funding = "cpf",
            })),
            ("eligibility-result-lp110-not-eligible", Result(lp110 with
            {
                DiplomaLevel = 4, DiplomaLabel = "bac pro", ExperienceMonths = 0, ExperienceField = "aucune",
                Modality = "soir", PlanYears = 1, Funding = "individuel",
            })),
            ("eligibility-result-cpn42-reunion-vae", Result(new EligibilityAnswers
            {
                Programme = "CPN42", Centre = "La Réunion", DiplomaLevel = 3, DiplomaLabel = "CAP", ExperienceMonths = 36,
                ExperienceField = "insertion", Funding = "demandeur-emploi", JobSeekerCategory = 2,
            })),
            ("eligibility-result-fees-cpn42-paris", Result(new EligibilityAnswers
            {
                Mode = EligibilityMode.Fees, Programme = "CPN42", Centre = "Paris", Modality = "soir", Funding = "individuel",
            })),
            ("meeting-confirmation", MeetingConfirmation()),
        ];
    }

    // A meeting as staff would write it (meetings.yaml ships empty) and a registration to it.
    private static JsonObject MeetingConfirmation()
    {
        var meeting = new Meeting
        {
            Id = "lp110-paris-2030-10-01", Title = "Réunion d'information — Licence professionnelle", Date = new DateOnly(2030, 10, 1),
            Start = "18:00", End = "19:30", Centre = "Paris", Place = "Cnam, 292 rue Saint-Martin, Paris 3e",
            OnlineLink = "https://visio.example.org/cnam-lp110", Programmes = ["LP110"], Capacity = 40,
        };
        var registration = new MeetingRegistration { Name = "Léa Martin", Email = "lea.martin@exemple.fr", Phone = "0612345678", Programme = "LP110" };
        return MeetingConfirmationCard.Build(meeting, registration, "https://cnam-bot.example.org" + MeetingCalendar.PathOf(meeting));
    }
}
