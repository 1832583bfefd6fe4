using System.Text.Json;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Dialogs.Fakes;

/// <summary>Answers of the test registration dialog.</summary>
public sealed record RegistrationAnswers
{
    public string? Name { get; init; }
    public decimal? Age { get; init; }
    public string? Site { get; init; }
    public string? Email { get; init; }
    public bool? Confirmed { get; init; }
}

/// <summary>
/// A made-up multi-step dialog exercising every prompt, shaped like the real ones will be (steps in order,
/// texts as constants, known answers skipped with NextAsync). Not a product feature.
/// </summary>
public sealed class RegistrationDialog : ComponentDialog
{
    public const string DialogId = "testRegistration";
    public const string AskName = "Quel est votre nom ?";
    public const string AskAge = "Quel âge avez-vous ?";
    public const string AgeRetry = "Indiquez votre âge en chiffres, par exemple 35.";
    public const string AgeOutOfRange = "L'âge doit être compris entre 16 et 99 ans.";
    public const string AskSite = "Dans quel centre ?";
    public const string AskEmail = "Remplissez le formulaire.";
    public const string EmailRetry = "Merci de valider le formulaire.";
    public const string AskConfirm = "Confirmez-vous ?";
    public const string Done = "Inscription enregistrée";
    public const string Dropped = "Inscription abandonnée";

    private const string Steps = DialogId + ".steps";
    private const string Text = DialogId + ".text";
    private const string Number = DialogId + ".number";
    private const string Choice = DialogId + ".choice";
    private const string Card = DialogId + ".card";
    private const string Confirm = DialogId + ".confirm";

    public static readonly IReadOnlyList<Choice> Sites =
    [
        new Choice("paris") { Title = "Paris", Synonyms = ["75", "ile de france"] },
        new Choice("reunion") { Title = "La Réunion", Synonyms = ["974", "saint denis"] },
    ];

    public RegistrationDialog() : base(DialogId)
    {
        AddDialog(new WaterfallDialog<RegistrationAnswers>(Steps,
            [NameStepAsync, AgeStepAsync, SiteStepAsync, EmailStepAsync, ConfirmStepAsync, FinalStepAsync]));
        AddDialog(new TextPrompt(Text));
        AddDialog(new NumberPrompt(Number, ValidateAgeAsync));
        AddDialog(new ChoicePrompt(Choice));
        AddDialog(new AdaptiveCardPrompt(Card));
        AddDialog(new ConfirmPrompt(Confirm));
    }

    public static JsonElement EmailCard { get; } = JsonDocument.Parse(
        """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"email"}],"actions":[{"type":"Action.Submit","title":"Valider"}]}""").RootElement.Clone();

    private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext<RegistrationAnswers> step, CancellationToken ct) =>
        step.Answers.Name is not null
            ? step.NextAsync(step.Answers.Name, ct)
            : step.PromptAsync(Text, PromptOptions.FromText(AskName), ct);

    private static Task<DialogTurnResult> AgeStepAsync(WaterfallStepContext<RegistrationAnswers> step, CancellationToken ct)
    {
        step.Answers = step.Answers with { Name = step.Result as string };
        return step.Answers.Age is not null
            ? step.NextAsync(step.Answers.Age, ct)
            : step.PromptAsync(Number, PromptOptions.FromText(AskAge, AgeRetry), ct);
    }

    private static Task<DialogTurnResult> SiteStepAsync(WaterfallStepContext<RegistrationAnswers> step, CancellationToken ct)
    {
        step.Answers = step.Answers with { Age = step.Result as decimal? };
        return step.Answers.Site is not null
            ? step.NextAsync(new FoundChoice(step.Answers.Site, 0, 1), ct)
            : step.PromptAsync(Choice, PromptOptions.FromText(AskSite, choices: Sites), ct);
    }

    private static Task<DialogTurnResult> EmailStepAsync(WaterfallStepContext<RegistrationAnswers> step, CancellationToken ct)
    {
        step.Answers = step.Answers with { Site = (step.Result as FoundChoice)?.Value };
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Attachment(Attachment.AdaptiveCard(EmailCard), AskEmail),
            RetryPrompt = MessageFactory.Text(EmailRetry),
        };
        return step.PromptAsync(Card, options, ct);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<RegistrationAnswers> step, CancellationToken ct)
    {
        step.Answers = step.Answers with { Email = (step.Result as CardSubmission)?.GetString("email") };
        return step.PromptAsync(Confirm, PromptOptions.FromText(AskConfirm), ct);
    }

    private static async Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext<RegistrationAnswers> step, CancellationToken ct)
    {
        var confirmed = step.Result is true;
        step.Answers = step.Answers with { Confirmed = confirmed };
        await step.Turn.SendTextAsync(confirmed ? $"{Done} : {step.Answers.Name}, {step.Answers.Site}, {step.Answers.Email}" : Dropped, ct);
        return await step.EndDialogAsync(ct);
    }

    private static async Task<bool> ValidateAgeAsync(PromptValidatorContext<decimal> prompt, CancellationToken ct)
    {
        if (!prompt.Recognized.Succeeded)
        {
            return false;
        }
        if (prompt.Recognized.Value is < 16 or > 99)
        {
            await prompt.Turn.SendTextAsync(AgeOutOfRange, ct);
            return false;
        }
        return true;
    }
}
