using Cnam.Bot.Calendar;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Meetings;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.Dialogs.Meetings;

/// <summary>
/// Registration to an information meeting: choose the meeting (a full one is refused and the next one with seats
/// offered), name, e-mail (validated), optional phone, programme of interest, then the information notice and an
/// explicit consent. Nothing is stored before "oui"; "non" ends with nothing stored. The confirmation card is sent
/// only once the registration is durably written; the same e-mail is never registered twice to a meeting.
/// The dialog speaks the language of the message that started it (<see cref="MeetingAnswers.Language"/>), to the
/// confirmation card, and the registration keeps it for the reminder and the follow-up.
/// </summary>
public sealed class MeetingRegistrationDialog : ComponentDialog
{
    public const string DialogId = "meetingRegistration";
    private const string StepsId = DialogId + ".steps";
    private const string ChoiceId = DialogId + ".choice";
    private const string ConfirmId = DialogId + ".confirm";
    private const string NameId = DialogId + ".name";
    private const string EmailId = DialogId + ".email";
    private const string PhoneId = DialogId + ".phone";
    private const string ConsentId = DialogId + ".consent";

    public const string AskMeeting = "Voici les prochaines réunions d'information. À laquelle souhaitez-vous vous inscrire ?";
    public const string AskMeetingRetry = "Choisissez une réunion dans la liste (son numéro ou sa date).";
    public const string AskName = "Pour vous inscrire, quel est votre nom (prénom et nom) ?";
    public const string NameRetry = "Écrivez votre prénom et votre nom, en lettres (100 caractères au plus).";
    public const string AskEmail = "Quelle est votre adresse e-mail ?";
    public const string EmailRetry = "Cette adresse e-mail ne semble pas valide. Écrivez-la en entier, par exemple prenom.nom@exemple.fr.";
    public const string AskPhone = "Votre numéro de téléphone (facultatif) : écrivez-le, ou « passer ».";
    public const string PhoneRetry = "Ce numéro ne semble pas valide (par exemple 06 12 34 56 78 ou +262 692 12 34 56). Écrivez-le, ou « passer ».";
    public const string AskProgramme = "Quelle formation vous intéresse ?";
    public const string Undecided = "Je ne sais pas encore";
    public const string AskConsent = "Acceptez-vous que ces informations soient enregistrées pour votre inscription ?";
    public const string ConsentRetry = "Répondez « oui » pour confirmer l'inscription, ou « non » pour ne rien enregistrer.";
    public const string Refused = "C'est noté : je n'ai rien enregistré. Vous pourrez vous inscrire plus tard en me le demandant.";
    public const string Duplicate = "Vous êtes déjà inscrit(e) à cette réunion avec l'adresse {0} : je n'ai pas créé de seconde inscription.";
    public const string Full = "La réunion du {0} est complète.";
    public const string OfferNext = " Voulez-vous vous inscrire à la suivante, {0} ?";
    public const string NoOtherMeeting = " Il n'y a pas d'autre réunion programmée pour l'instant.";
    public const string FullMeanwhile = "Désolé, la dernière place de cette réunion vient d'être prise : votre inscription n'a pas été enregistrée.";
    public const string PassPhone = "Passer";

    public const string AskMeetingEn = "Here are the next information meetings. Which one would you like to sign up for?";
    public const string AskMeetingRetryEn = "Choose a meeting from the list (its number or its date).";
    public const string AskNameEn = "To sign you up, what is your name (first name and last name)?";
    public const string NameRetryEn = "Write your first name and last name, in letters (100 characters at most).";
    public const string AskEmailEn = "What is your e-mail address?";
    public const string EmailRetryEn = "This e-mail address does not look valid. Write it in full, for example firstname.lastname@example.com.";
    public const string AskPhoneEn = "Your phone number (optional): write it, or \"skip\".";
    public const string PhoneRetryEn = "This number does not look valid (for example 06 12 34 56 78 or +262 692 12 34 56). Write it, or \"skip\".";
    public const string AskProgrammeEn = "Which programme are you interested in?";
    public const string UndecidedEn = "I don't know yet";
    public const string AskConsentEn = "Do you agree that this information is stored for your registration?";
    public const string ConsentRetryEn = "Answer \"yes\" to confirm the registration, or \"no\" to store nothing.";
    public const string RefusedEn = "Noted: I have stored nothing. You can sign up later by asking me.";
    public const string DuplicateEn = "You are already registered for this meeting with the address {0}: I have not created a second registration.";
    public const string FullEn = "The meeting on {0} is full.";
    public const string OfferNextEn = " Would you like to sign up for the next one, {0}?";
    public const string NoOtherMeetingEn = " No other meeting is scheduled for now.";
    public const string FullMeanwhileEn = "Sorry, the last seat of this meeting has just been taken: your registration was not stored.";
    public const string PassPhoneEn = "Skip";

    private static readonly string[] UndecidedSynonyms = ["je ne sais pas", "aucune idee", "pas encore", "i don t know", "don t know", "not sure", "not yet", "no idea"];

    private readonly KnowledgeBase _kb;
    private readonly MeetingStore _store;
    private readonly MeetingTexts _texts;
    private readonly CalendarLinks _links;
    private readonly PrivacyOptions _privacy;

    public MeetingRegistrationDialog(KnowledgeBase kb, MeetingStore store, MeetingTexts texts, CalendarLinks links, IOptions<PrivacyOptions> privacy)
        : base(DialogId)
    {
        _kb = kb;
        _store = store;
        _texts = texts;
        _links = links;
        _privacy = privacy.Value;
        AddDialog(new WaterfallDialog<MeetingAnswers>(StepsId,
        [
            MeetingStepAsync,
            FullStepAsync,
            NameStepAsync,
            EmailStepAsync,
            PhoneStepAsync,
            ProgrammeStepAsync,
            ConsentStepAsync,
            SaveStepAsync,
        ]));
        AddDialog(new ChoicePrompt(ChoiceId));
        AddDialog(new ConfirmPrompt(ConfirmId));
        AddDialog(new ConfirmPrompt(ConsentId));
        AddDialog(new TextPrompt(NameId, (p, _) => Task.FromResult(ContactDetails.Name(p.Recognized.Value) is not null)));
        AddDialog(new TextPrompt(EmailId, (p, _) => Task.FromResult(ContactDetails.Email(p.Turn.Activity.Text) is not null)));
        AddDialog(new TextPrompt(PhoneId, (p, _) => Task.FromResult(
            ContactDetails.IsSkip(p.Turn.Activity.Text) || ContactDetails.Phone(p.Turn.Activity.Text) is not null)));
    }

    private async Task<DialogTurnResult> MeetingStepAsync(WaterfallStepContext<MeetingAnswers> step, CancellationToken ct)
    {
        // Someone greeted for a meeting (/?reunion=<id>) who asks to register means that meeting, while it is ahead.
        var a = step.Answers;
        var wanted = a.MeetingId ?? step.Context.State.Conversation.ReferredMeetingId;
        if (wanted is not null && _kb.GetMeeting(wanted) is { } known && known.Date >= Today(step))
        {
            return await step.NextAsync(new FoundChoice(known.Id, 0, 1), ct);
        }
        var meetings = _kb.UpcomingMeetings(Today(step), a.Programme, a.Centre);
        if (meetings.Count == 0)
        {
            // Nothing for that programme or centre: any meeting is better than none.
            meetings = _kb.UpcomingMeetings(Today(step));
        }
        if (meetings.Count == 0)
        {
            await step.Turn.SendTextAsync(_texts.NoMeeting(a.Programme, a.Centre, a.Language), ct);
            return await step.EndDialogAsync(ct);
        }
        var counts = await _store.AllAsync(ct);
        var choices = meetings.Select(m => new Choice(m.Id)
        {
            Title = MeetingTexts.ChoiceTitle(m, IsFull(m, counts), a.Language),
            Synonyms = m.Date is { } d ? DateNames(d) : [],
        }).ToList();
        var prompt = L(a, AskMeeting, AskMeetingEn) + "\n\n" + string.Join("\n\n", meetings.Select(m => MeetingTexts.Describe(m, a.Language)));
        return await step.PromptAsync(ChoiceId, PromptOptions.FromText(prompt, L(a, AskMeetingRetry, AskMeetingRetryEn), choices), ct);
    }

    private async Task<DialogTurnResult> FullStepAsync(WaterfallStepContext<MeetingAnswers> step, CancellationToken ct)
    {
        var meeting = _kb.GetMeeting(((FoundChoice)step.Result!).Value)!;
        step.Answers = step.Answers with { MeetingId = meeting.Id, Alternative = null };
        var counts = await _store.AllAsync(ct);
        if (!IsFull(meeting, counts))
        {
            return await step.NextAsync(null, ct);
        }
        var a = step.Answers;
        var full = Formatted(L(a, Full, FullEn), MeetingTexts.When(meeting, a.Language));
        if (NextWithSeats(step, meeting, counts) is not { } next)
        {
            await step.Turn.SendTextAsync(full + L(a, NoOtherMeeting, NoOtherMeetingEn) + "\n" + _texts.NoMeeting(a.Programme, meeting.Centre, a.Language), ct);
            return await step.EndDialogAsync(ct);
        }
        step.Answers = a with { Alternative = next.Id };
        var offer = full + Formatted(L(a, OfferNext, OfferNextEn), $"{MeetingTexts.When(next, a.Language)} ({MeetingTexts.Where(next, a.Language)})");
        return await step.PromptAsync(ConfirmId, ConfirmPrompt.Options(offer, L(a, ConsentRetry, ConsentRetryEn), a.Language), ct);
    }

    private async Task<DialogTurnResult> NameStepAsync(WaterfallStepContext<MeetingAnswers> step, CancellationToken ct)
    {
        if (step.Result is bool accepted)
        {
            if (!accepted)
            {
                await step.Turn.SendTextAsync(L(step.Answers, Refused, RefusedEn), ct);
                return await step.EndDialogAsync(ct);
            }
            step.Answers = step.Answers with { MeetingId = step.Answers.Alternative, Alternative = null };
        }
        return await step.PromptAsync(NameId, PromptOptions.FromText(L(step.Answers, AskName, AskNameEn), L(step.Answers, NameRetry, NameRetryEn)), ct);
    }

    private Task<DialogTurnResult> EmailStepAsync(WaterfallStepContext<MeetingAnswers> step, CancellationToken ct)
    {
        step.Answers = step.Answers with { Name = ((string)step.Result!).Trim() };
        return step.PromptAsync(EmailId, PromptOptions.FromText(L(step.Answers, AskEmail, AskEmailEn), L(step.Answers, EmailRetry, EmailRetryEn)), ct);
    }

    private async Task<DialogTurnResult> PhoneStepAsync(WaterfallStepContext<MeetingAnswers> step, CancellationToken ct)
    {
        var email = ContactDetails.Email((string)step.Result!)!;
        step.Answers = step.Answers with { Email = email };
        // Said early rather than after the consent: nothing more to ask someone who is registered already.
        if ((await _store.ListAsync(step.Answers.MeetingId!, ct)).FirstOrDefault(r => MeetingStore.SameEmail(r.Email, email)) is not null)
        {
            await step.Turn.SendTextAsync(Formatted(L(step.Answers, Duplicate, DuplicateEn), email), ct);
            return await step.EndDialogAsync(ct);
        }
        var options = PromptOptions.FromText(L(step.Answers, AskPhone, AskPhoneEn), L(step.Answers, PhoneRetry, PhoneRetryEn)) with { Choices = null };
        options.Prompt!.SuggestedActions = new Protocol.SuggestedActions { Actions = [Protocol.CardAction.ImBack(L(step.Answers, PassPhone, PassPhoneEn))] };
        return await step.PromptAsync(PhoneId, options, ct);
    }

    private async Task<DialogTurnResult> ProgrammeStepAsync(WaterfallStepContext<MeetingAnswers> step, CancellationToken ct)
    {
        var text = (string)step.Result!;
        step.Answers = step.Answers with { Phone = ContactDetails.IsSkip(text) ? null : ContactDetails.Phone(text) };
        var meeting = _kb.GetMeeting(step.Answers.MeetingId!)!;
        var codes = meeting.Programmes.Count > 0
            ? meeting.Programmes
            : _kb.Programmes(centre: meeting.Centre).Select(p => p.Code).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (codes.Count == 1 || (step.Answers.Programme is { } said && codes.Contains(said, StringComparer.OrdinalIgnoreCase)))
        {
            return await step.NextAsync(new FoundChoice(codes.Count == 1 ? codes[0] : step.Answers.Programme!, 0, 1), ct);
        }
        var language = step.Answers.Language;
        var choices = codes.Select(c => new Choice(c)
            {
                Title = Questions.Format.ProgrammeShort(c, language),
                Synonyms = [Questions.Format.ProgrammeShort(c, "fr"), Questions.Format.ProgrammeShort(c, "en")],
            })
            .Append(new Choice("") { Title = L(step.Answers, Undecided, UndecidedEn), Synonyms = UndecidedSynonyms }).ToList();
        return await step.PromptAsync(ChoiceId, PromptOptions.FromText(L(step.Answers, AskProgramme, AskProgrammeEn), L(step.Answers, AskMeetingRetry, AskMeetingRetryEn), choices), ct);
    }

    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext<MeetingAnswers> step, CancellationToken ct)
    {
        step.Answers = step.Answers with { Interest = ((FoundChoice)step.Result!).Value };
        var meeting = _kb.GetMeeting(step.Answers.MeetingId!)!;
        await step.Turn.SendTextAsync(Notice(meeting, step.Answers), ct);
        var a = step.Answers;
        return await step.PromptAsync(ConsentId, ConfirmPrompt.Options(L(a, AskConsent, AskConsentEn), L(a, ConsentRetry, ConsentRetryEn), a.Language), ct);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext<MeetingAnswers> step, CancellationToken ct)
    {
        if (step.Result is not true)
        {
            await step.Turn.SendTextAsync(L(step.Answers, Refused, RefusedEn), ct);
            return await step.EndDialogAsync(ct);
        }
        var a = step.Answers;
        var meeting = _kb.GetMeeting(a.MeetingId!)!;
        var activity = step.Turn.Activity;
        var now = step.Turn.Clock.GetUtcNow();
        var registration = new MeetingRegistration
        {
            Id = Guid.NewGuid().ToString("N"),
            MeetingId = meeting.Id,
            Name = a.Name!,
            Email = a.Email!,
            Phone = a.Phone,
            Programme = string.IsNullOrEmpty(a.Interest) ? null : a.Interest,
            ChannelId = activity.ChannelId ?? "",
            UserId = activity.From?.Id ?? "",
            ConversationId = activity.Conversation?.Id ?? "",
            Language = a.Language,
            RegisteredAt = now,
            ConsentAt = now,
        };
        // Acknowledged only after WriteAsync returned: the store has it durably.
        var (result, stored) = await _store.RegisterAsync(registration, meeting.Capacity ?? 0, ct);
        switch (result)
        {
            case RegistrationResult.Duplicate:
                await step.Turn.SendTextAsync(Formatted(L(a, Duplicate, DuplicateEn), stored.Email), ct);
                break;
            case RegistrationResult.Full:
                var next = NextWithSeats(step, meeting, await _store.AllAsync(ct));
                await step.Turn.SendTextAsync(L(a, FullMeanwhile, FullMeanwhileEn) + (next is null ? L(a, NoOtherMeeting, NoOtherMeetingEn)
                    : L(a, $" Prochaine réunion avec des places : {MeetingTexts.When(next)} ({MeetingTexts.Where(next)}) — écrivez « m'inscrire à une réunion d'information ».",
                        $" Next meeting with seats: {MeetingTexts.When(next, "en")} ({MeetingTexts.Where(next, "en")}) — write \"sign up for an information meeting\".")), ct);
                break;
            default:
                var url = _links.BaseUrl + MeetingCalendar.PathOf(meeting);
                await step.Turn.SendActivityAsync(AdaptiveCards.Supported(activity.ChannelId)
                    ? MessageFactory.Attachment(AdaptiveCards.ToAttachment(MeetingConfirmationCard.Build(meeting, stored, url)))
                    : MessageFactory.Text(MeetingConfirmationCard.ToText(meeting, stored, url)), ct);
                break;
        }
        return await step.EndDialogAsync(ct);
    }

    /// <summary>The information notice: who keeps what, why, for how long, the person's rights and whom to write to.</summary>
    private string Notice(Meeting meeting, MeetingAnswers a)
    {
        var contact = !string.IsNullOrWhiteSpace(_privacy.ContactEmail)
            ? _privacy.ContactEmail
            : _texts.MeetingContacts(string.IsNullOrEmpty(a.Interest) ? a.Programme : a.Interest, meeting.Centre).FirstOrDefault()?.Email ?? L(a, "le Cnam de votre centre", "the Cnam of your centre");
        var years = _privacy.RetentionDays % 365 == 0
            ? L(a, $"{_privacy.RetentionDays / 365} ans", $"{_privacy.RetentionDays / 365} years")
            : L(a, $"{_privacy.RetentionDays} jours", $"{_privacy.RetentionDays} days");
        return a.Language == "en" ? NoticeEnglish(meeting, a, contact, years) : "**Information sur vos données**\n" +
            $"- Ce que j'enregistre : votre nom, votre e-mail{(a.Phone is null ? "" : ", votre téléphone")}, la formation qui vous intéresse et cette conversation.\n" +
            $"- Pour quoi faire : vous inscrire à la réunion du {MeetingTexts.When(meeting)}, vous envoyer un rappel la veille et, après la réunion, vos prochaines étapes. Rien d'autre, et rien n'est transmis en dehors du Cnam.\n" +
            $"- Combien de temps : {years} après notre dernier échange, puis tout est effacé automatiquement.\n" +
            "- Vos droits : accès, rectification, effacement et opposition. Écrivez-moi « mes données » pour voir ce que je garde, « supprimer mes données » pour tout effacer.\n" +
            $"- Contact : {contact}. Vous pouvez aussi saisir la CNIL (www.cnil.fr).";
    }

    private static string NoticeEnglish(Meeting meeting, MeetingAnswers a, string contact, string years) =>
        "**About your data**\n" +
        $"- What I store: your name, your e-mail{(a.Phone is null ? "" : ", your phone number")}, the programme you are interested in and this conversation.\n" +
        $"- What for: to register you for the meeting on {MeetingTexts.When(meeting, "en")}, send you a reminder the day before and, after the meeting, your next steps. Nothing else, and nothing is passed on outside the Cnam.\n" +
        $"- How long: {years} after our last exchange, then everything is erased automatically.\n" +
        "- Your rights: access, rectification, erasure and objection. Write \"my data\" to see what I keep, \"delete my data\" to erase it all.\n" +
        $"- Contact: {contact}. You may also complain to the CNIL (www.cnil.fr).";

    private static string L(MeetingAnswers a, string french, string english) => MeetingTexts.L(a.Language, french, english);

    private static string Formatted(string format, string value) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, value);

    // What a person may type to pick a meeting by its date, in French or English: "mar. 1 octobre", "01/10", "1 October".
    private static string[] DateNames(DateOnly d)
    {
        var en = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        return [Questions.Format.ShortDay(d, "fr"), Questions.Format.Day(d, "fr"), d.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture),
            Questions.Format.ShortDay(d, "en"), Questions.Format.Day(d, "en"), d.ToString("d MMMM", en), d.ToString("MMMM d", en)];
    }

    private static DateOnly Today(WaterfallStepContext<MeetingAnswers> step) => DateOnly.FromDateTime(step.Turn.Now.DateTime);

    private static bool IsFull(Meeting m, IReadOnlyDictionary<string, IReadOnlyList<MeetingRegistration>> counts) =>
        (counts.GetValueOrDefault(m.Id)?.Count ?? 0) >= (m.Capacity ?? 0);

    // The next meeting with seats after a full one: same centre and programme first, then any.
    private Meeting? NextWithSeats(WaterfallStepContext<MeetingAnswers> step, Meeting full, IReadOnlyDictionary<string, IReadOnlyList<MeetingRegistration>> counts)
    {
        var candidates = _kb.UpcomingMeetings(Today(step)).Where(m => m.Id != full.Id && !IsFull(m, counts)).ToList();
        return candidates.FirstOrDefault(m => m.Centre == full.Centre && (step.Answers.Programme is null || m.Programmes.Count == 0 || m.Programmes.Contains(step.Answers.Programme)))
            ?? candidates.FirstOrDefault();
    }
}
