using System.Globalization;
using System.Text.Json;
using Cnam.Bot.Dialogs.Eligibility;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// The staff command <c>kb ask "question" [--now ISO]</c>: how the bot understands a question (language, intents with
/// their scores, entities, whether it would start the eligibility questionnaire or a fee simulation) and the answer it
/// gives in a new conversation. For staff wondering why the bot answered what it did, and for whoever tunes the
/// lexicon. Wired as the bot wires a Q&amp;A turn (recogniser with the knowledge base's UE titles, default vocabulary).
/// </summary>
public static class AskCommand
{
    public const string Usage = "usage: kb ask <question> [--now 2022-11-20T10:00:00+01:00]";

    private static readonly JsonSerializerOptions EntityJson = new()
    {
        WriteIndented = false,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs the command with <paramref name="args"/> (after "kb ask"); returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, KnowledgeBase kb, TextWriter output)
    {
        var rest = args.ToList();
        var now = DateTimeOffset.Now;
        var at = rest.IndexOf("--now");
        if (at >= 0)
        {
            if (at + 1 >= rest.Count || !DateTimeOffset.TryParse(rest[at + 1], CultureInfo.InvariantCulture, DateTimeStyles.None, out now))
            {
                output.WriteLine(Usage);
                return 2;
            }
            rest.RemoveRange(at, 2);
        }
        var question = string.Join(' ', rest).Trim();
        if (question.Length == 0)
        {
            output.WriteLine(Usage);
            return 2;
        }
        var recognizer = UtteranceRecognizer.CreateDefault(kb.Ues().Where(u => u.Title is not null).Select(u => (u.Code, u.Title!)));
        var u = recognizer.Recognize(question, now, RecognizerContext.ForAcademicYearOf(now));
        output.WriteLine($"normalisé : {u.Normalized}");
        output.WriteLine($"langue : {u.Language} ; hors sujet : {u.OutOfScopeScore.ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine("intentions : " + string.Join(", ", u.Intents.Select(i => $"{i.Name} {i.Score.ToString(CultureInfo.InvariantCulture)}")));
        output.WriteLine("entités : " + JsonSerializer.Serialize(u.Entities.Domain, EntityJson));
        if (u.Entities.Diplomas.Count > 0 || u.Entities.Experience is not null)
        {
            output.WriteLine("profil : " + JsonSerializer.Serialize(new { u.Entities.Diplomas, u.Entities.Experience }, EntityJson));
        }
        if (u.Entities.UeTitles.Count > 0)
        {
            output.WriteLine("UE nommées par leur titre : " + string.Join(", ", u.Entities.UeTitles.Select(t => $"{t.Code} {t.Score.ToString(CultureInfo.InvariantCulture)}")));
        }
        if (u.Entities.Dates.Count > 0)
        {
            output.WriteLine("dates : " + JsonSerializer.Serialize(u.Entities.Dates, EntityJson));
        }
        var route = EligibilityTopic.StartsEligibilityIn(u) ? "questionnaire d'éligibilité"
            : EligibilityTopic.StartsSimulation(u) ? "simulation de frais (questionnaire)"
            : "réponse aux questions";
        output.WriteLine($"parcours du bot : {route}");
        var answer = new QuestionAnswering(kb, AnsweringVocabulary.Default).Answer(u, QuestionContext.Empty, now);
        output.WriteLine($"réponse ({answer.Status}{(answer.MissReason is null ? "" : ", " + answer.MissReason)}) :");
        foreach (var section in answer.Sections)
        {
            output.WriteLine(section.Text);
        }
        foreach (var suggestion in answer.Suggestions)
        {
            output.WriteLine($"[{suggestion.Title}]");
        }
        return 0;
    }
}
