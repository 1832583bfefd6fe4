using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// What the bot itself says around the dialogs (welcome, help, menu, errors). Wording only: every fact
/// (fees, dates, contacts) comes from the knowledge base, never from here.
/// </summary>
public static class BotTexts
{
    public const string AskQuestion = "Poser une question";
    public const string Eligibility = "Suis-je éligible ?";
    public const string Fees = "Tarifs";
    public const string Schedules = "Plannings";
    public const string InformationMeeting = "Réunion d'information";

    // The same entry points in English, for a conversation the bot answers in English. "Class timetables" rather than
    // "Timetables", which alone reads as French to the language detector (and would get a French answer).
    public const string AskQuestionEn = "Ask a question";
    public const string EligibilityEn = "Am I eligible?";
    public const string FeesEn = "Fees";
    public const string SchedulesEn = "Class timetables";
    public const string InformationMeetingEn = "Information meeting";

    /// <summary>The main entry points, shown as suggested actions under the welcome, the help and the menu.</summary>
    public static readonly IReadOnlyList<string> MenuEntries = [AskQuestion, Eligibility, Fees, Schedules, InformationMeeting];

    /// <summary>The main entry points in English; each one does in English what the French one does.</summary>
    public static readonly IReadOnlyList<string> MenuEntriesEn = [AskQuestionEn, EligibilityEn, FeesEn, SchedulesEn, InformationMeetingEn];

    /// <summary>The menu in <paramref name="language"/> ("en"; French otherwise).</summary>
    public static IReadOnlyList<string> MenuIn(string? language) => language == "en" ? MenuEntriesEn : MenuEntries;

    /// <summary>French or English wording, by <paramref name="language"/> (French unless "en").</summary>
    public static string L(string? language, string french, string english) => language == "en" ? english : french;

    /// <summary><paramref name="text"/> with the <see cref="MenuEntries"/> (in <paramref name="language"/>) as suggested actions.</summary>
    public static Activity WithMenu(string text, string? language = null) => MessageFactory.SuggestedActions(text, MenuIn(language));

    public const string WelcomeEn =
        "Hello! I am the assistant of Cnam's social intervention programmes. Ask me your question or choose a topic:";

    public const string Welcome =
        "Bonjour ! Je suis l'assistant des formations en intervention sociale du Cnam. " +
        "Posez-moi votre question ou choisissez un sujet :";

    public const string Menu = "Que souhaitez-vous faire ? Posez votre question ou choisissez un sujet :";
    public const string MenuEn = "What would you like to do? Ask your question or choose a topic:";

    public const string Help =
        "Je réponds aux questions sur les formations en intervention sociale du Cnam : contenu, conditions d'accès, " +
        "tarifs, plannings, réunions d'information. Écrivez votre question avec vos mots. " +
        "À tout moment : « annuler » arrête ce qui est en cours, « recommencer » reprend depuis le début, " +
        "« menu » affiche les sujets.";

    public const string HelpEn =
        "I answer questions about Cnam's social intervention programmes: content, entry requirements, fees, timetables, " +
        "information meetings. Type your question in your own words. At any time: \"cancel\" stops what is in progress, " +
        "\"restart\" starts again from the beginning, \"menu\" shows the topics.";

    public const string Cancelled = "C'est annulé.";
    public const string NothingToCancel = "Il n'y a rien en cours à annuler.";
    public const string Restarting = "On reprend depuis le début.";
    public const string CancelledEn = "Cancelled.";
    public const string NothingToCancelEn = "There is nothing in progress to cancel.";
    public const string RestartingEn = "Let's start again from the beginning.";

    public const string AskQuestionPrompt = "Quelle est votre question ?";
    public const string AskQuestionRetry = "Je n'ai pas reçu de question. Écrivez-la en quelques mots, par exemple sur les tarifs ou les dates.";
    public const string AskQuestionPromptEn = "What is your question?";
    public const string AskQuestionRetryEn = "I did not get a question. Type it in a few words, for example about the fees or the dates.";

    public const string NotUnderstood =
        "Je n'ai pas su répondre à cette demande. Reformulez-la, tapez « aide » pour voir ce que je sais faire, " +
        "ou choisissez un sujet :";

    public const string NotUnderstoodEn =
        "I could not answer this request. Rephrase it, type \"help\" to see what I can do, or choose a topic:";

    public const string ExpiredForm = "Ce formulaire n'est plus actif. Tapez « menu » pour recommencer.";

    public const string ConcurrentChange =
        "Désolé, deux messages sont arrivés en même temps et je n'ai pas pu enregistrer le vôtre. " +
        "Pouvez-vous le renvoyer ?";

    /// <summary>Body of an <c>adaptiveCard/action</c> answer when the dialog replied with messages but no card.</summary>
    public const string SubmissionReceived = "C'est noté.";
}
