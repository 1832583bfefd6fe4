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

    /// <summary>"et après ?" right after a next-class answer: the class after the one given, same planning.</summary>
    public bool TryRecognize(DialogContext dc, out object? options)
    {
        if (dc.State.Conversation.LastSchedule is not { } last || dc.Turn.Activity.Text is not { } said)
        {
            return TryRecognize(dc.Turn, out options);
        }
        var folded = FrenchText.Fold(said);
        var english = ScheduleWords.WhatComesAfterEnglish.Contains(folded);
        if (english || ScheduleWords.WhatComesAfter.Contains(folded))
        {
            options = new ScheduleAnswers
            {
                Request = last.Request with { Window = ScheduleWindow.Next, After = last.Shown, Language = english ? "en" : "fr" },
                Modality = last.Modality,
                Parcours = last.Parcours,
                Question = said,
            };
            return true;
        }
        return TryRecognize(dc.Turn, out options);
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
