using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>
/// Starts the <see cref="ScheduleDialog"/> for a learner's schedule question or profile change, and for the
/// schedule card's "Semaine du…" button (Action.Submit from Web Chat or Teams, or Action.Execute seen as a submission).
/// </summary>
public sealed class ScheduleTopic(ScheduleDialog dialog, ScheduleRecognizer recognizer) : IDialogTopic
{
    public Dialog Dialog => dialog;

    /// <summary>
    /// "et après ?" right after a next-class answer: the class after the one given, same planning. After the classes of
    /// a week or a month, it (or "et la semaine d'après ?", "the following month?") asks for the week or month after.
    /// </summary>
    public bool TryRecognize(DialogContext dc, out object? options)
    {
        if (!TryRecognizeInConversation(dc, out options))
        {
            return false;
        }
        if (options is ScheduleAnswers { Request: { Programme: null, Modality: null, Parcours: null, UeCodes.Count: 0 } }
            && dc.State.Conversation.Questions is { } asked && asked.LastIntents.Contains(Understanding.Intents.PlanningDates)
            && recognizer.HasNoGrid(asked.Programme, asked.Centre))
        {
            // "je suis en CASP à La Réunion, quels cours cette semaine ?" then "et la semaine prochaine ?": the follow-up of
            // a planning answer about a programme or centre whose classes the documents do not list stays with it (the
            // question answerer says so again), not the licence's grid.
            options = null;
            return false;
        }
        return true;
    }

    private bool TryRecognizeInConversation(DialogContext dc, out object? options)
    {
        options = null;
        if (dc.State.Conversation.LastSchedule is not { } last || dc.Turn.Activity.Text is not { } said)
        {
            return TryRecognize(dc.Turn, out options);
        }
        var folded = FrenchText.Fold(said).Trim();
        var englishAfter = ScheduleWords.WhatComesAfterEnglish.Contains(folded);
        var englishPeriod = ScheduleWords.FollowingPeriodEnglish.Contains(folded);
        var after = englishAfter || ScheduleWords.WhatComesAfter.Contains(folded);
        var period = englishPeriod || ScheduleWords.FollowingPeriod.Contains(folded);
        var language = englishAfter || englishPeriod ? "en" : "fr";
        ScheduleRequest? request = last.Request.Window switch
        {
            ScheduleWindow.Next when after => last.Request with { After = last.Shown, Language = language },
            ScheduleWindow.Range when (after || period) && Following(last.Request) is (var from, var to) =>
                last.Request with { From = from, To = to, Said = null, Language = language },
            _ => null,
        };
        if (request is null)
        {
            return TryRecognize(dc.Turn, out options);
        }
        options = new ScheduleAnswers { Request = request, Modality = last.Modality, Parcours = last.Parcours, Question = said };
        return true;
    }

    /// <summary>The period after the one asked: the next calendar month after a whole month, else the same number of days on.</summary>
    private static (DateOnly From, DateOnly To)? Following(ScheduleRequest asked)
    {
        if (asked is not { From: { } from, To: { } to })
        {
            return null;
        }
        if (from.Day == 1 && to == from.AddMonths(1).AddDays(-1))
        {
            var next = from.AddMonths(1);
            return (next, next.AddMonths(1).AddDays(-1));
        }
        var days = to.DayNumber - from.DayNumber + 1;
        return (from.AddDays(days), to.AddDays(days));
    }

    public bool TryRecognize(TurnContext turn, out object? options)
    {
        options = null;
        if (ScheduleCard.ReadData(turn.Activity.Value) is { Verb: ScheduleCard.WeekVerb, From: { } from } data)
        {
            options = new ScheduleAnswers
            {
                Request = new ScheduleRequest
                {
                    Window = ScheduleWindow.Range,
                    From = from,
                    To = from.AddDays(6),
                    YearWritten = true,
                    Personal = true,
                    Modality = data.Modality,
                    Parcours = data.Parcours,
                    Language = data.Language == "en" ? "en" : "fr",
                },
                Modality = data.Modality,
                Parcours = data.Parcours,
            };
            return true;
        }
        var request = recognizer.Recognize(turn, turn.Activity.Text);
        if (request is null)
        {
            return false;
        }
        options = new ScheduleAnswers { Request = request, Question = turn.Activity.Text };
        return true;
    }
}
