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

    /// <summary>The main entry points, shown as suggested actions under the welcome, the help and the menu.</summary>
    public static readonly IReadOnlyList<string> MenuEntries = [AskQuestion, Eligibility, Fees, Schedules, InformationMeeting];

    /// <summary><paramref name="text"/> with the <see cref="MenuEntries"/> as suggested actions.</summary>
    public static Activity WithMenu(string text) => MessageFactory.SuggestedActions(text, MenuEntries);

    public const string Welcome =
        "Bonjour ! Je suis l'assistant des formations en intervention sociale du Cnam. " +
        "Posez-moi votre question ou choisissez un sujet :";

    public const string Menu = "Que souhaitez-vous faire ? Posez votre question ou choisissez un sujet :";

    public const string Help =
        "Je réponds aux questions sur les formations en intervention sociale du Cnam : contenu, conditions d'accès, " +
        "tarifs, plannings, réunions d'information. Écrivez votre question avec vos mots. " +
        "À tout moment : « annuler » arrête ce qui est en cours, « recommencer » reprend depuis le début, " +
        "« menu » affiche les sujets.";

    public const string Cancelled = "C'est annulé.";
    public const string NothingToCancel = "Il n'y a rien en cours à annuler.";
    public const string Restarting = "On reprend depuis le début.";

    public const string AskQuestionPrompt = "Quelle est votre question ?";
    public const string AskQuestionRetry = "Je n'ai pas reçu de question. Écrivez-la en quelques mots, par exemple sur les tarifs ou les dates.";

    public const string NotUnderstood =
        "Je n'ai pas su répondre à cette demande. Reformulez-la, tapez « aide » pour voir ce que je sais faire, " +
        "ou choisissez un sujet :";

    public const string ExpiredForm = "Ce formulaire n'est plus actif. Tapez « menu » pour recommencer.";

    public const string ConcurrentChange =
        "Désolé, deux messages sont arrivés en même temps et je n'ai pas pu enregistrer le vôtre. " +
        "Pouvez-vous le renvoyer ?";

    /// <summary>Body of an <c>adaptiveCard/action</c> answer when the dialog replied with messages but no card.</summary>
    public const string SubmissionReceived = "C'est noté.";
}
