using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>The words that shape answers (Data/answering.yaml), folded once at start-up.</summary>
public sealed partial class AnsweringVocabulary
{
    private AnsweringVocabulary(File file)
    {
        StopWords = Set(file.StopWords);
        PlanningStart = Set(file.PlanningStart);
        PlanningEnd = Set(file.PlanningEnd);
        PlanningNext = Set(file.PlanningNext);
        WhenWords = Set(file.WhenWords);
        PlanningAll = Set(file.PlanningAll);
        PlanningNouns = Set(file.PlanningNouns);
        AbroadWords = Set(file.AbroadWords);
        HolidayWords = Set(file.HolidayWords);
        BreakWords = Set(file.BreakWords);
        WelcomeWords = Set(file.WelcomeWords);
        DefenceWords = Set(file.DefenceWords);
        WorkshopWords = Set(file.WorkshopWords);
        ExamWords = Set(file.ExamWords);
        ExamNameWords = Set(file.ExamNameWords);
        RegistrationWords = Set(file.RegistrationWords);
        RegistrationWhenWords = Set(file.RegistrationWhenWords);
        EntryAskWords = Set(file.EntryAskWords);
        CreditWords = Set(file.CreditWords);
        CommonCoreWords = Set(file.CommonCoreWords);
        ContactHoursWords = Set(file.ContactHoursWords);
        StudyWayWords = Set(file.StudyWayWords);
        GradeWords = Set(file.GradeWords);
        QuantityWords = Set(file.QuantityWords);
        HourWords = Set(file.HourWords);
        UeBackWords = Set(file.UeBackWords);
        ComparisonWords = Set(file.ComparisonWords);
        BothWords = Set(file.BothWords);
        ShortestWords = Set(file.ShortestWords);
        PaymentWords = Set(file.PaymentWords);
        InstalmentWords = Set(file.InstalmentWords);
        AttendanceWords = Set(file.AttendanceWords);
        YesWords = Set(file.YesWords);
        YesCourtesyWords = Set(file.YesCourtesyWords);
        AttendancePhrases = Phrases(file.AttendancePhrases);
        AttendanceSaidWords = Set(file.AttendanceSaidWords);
        MarkWords = Set(file.MarkWords);
        PassWords = Set(file.PassWords);
        InternshipPayWords = Set(file.InternshipPayWords);
        UnitWords = Set(file.UnitWords);
        CanWords = Set(file.CanWords);
        CanPhrases = Phrases(file.CanPhrases);
        AdmissionWords = Set(file.AdmissionWords);
        ContactAskWords = Set(file.ContactAskWords);
        DurationAskWords = Set(file.DurationAskWords);
        AfterWords = Set(file.AfterWords);
        FundingAskWords = Set(file.FundingAskWords);
        AgeWords = Set(file.AgeWords);
        SituationWords = Set(file.SituationWords);
        InterviewWords = Set(file.InterviewWords);
        _interviewWords = [.. InterviewWords];
        ForeignDiplomaPhrases = Phrases(file.ForeignDiplomaPhrases);
        OwnWords = Set(file.OwnWords);
        OwnedDiplomaWords = Set(file.OwnedDiplomaWords);
        ForeignWords = Set(file.ForeignWords);
        InFrancePhrases = Phrases(file.InFrancePhrases);
        FurtherStudyWords = Set(file.FurtherStudyWords);
        NotInterviewPhrases = Phrases(file.NotInterviewPhrases);
        RemainingWords = Set(file.RemainingWords);
        TeacherWords = Set(file.TeacherWords);
        ClassWords = Set(file.ClassWords);
        SelectionWords = Set(file.SelectionWords);
        LanguageWords = Set(file.LanguageWords);
        LanguageLevelWords = Set(file.LanguageLevelWords);
        HeadWords = Set(file.HeadWords);
        PhoneWords = Set(file.PhoneWords);
        HumanWords = Set(file.HumanWords);
        UeTopicFillers = Set(file.UeTopicFillers);
        CancelWords = Set(file.CancelWords);
        ExperienceWords = Set(file.ExperienceWords);
        TotalWords = Set(file.TotalWords);
        EvaluationWords = Set(file.EvaluationWords);
        LeadInWords = Set(file.LeadInWords);
        SemesterWords = Set(file.SemesterWords);
        ObjectiveWords = Set(file.ObjectiveWords);
        SemesterOne = Set(file.SemesterOne);
        SemesterTwo = Set(file.SemesterTwo);
        SemesterShort = file.SemesterShort.ToDictionary(g => FrenchText.Fold(g.Key), g => g.Value, StringComparer.Ordinal);
        LocationPhrases = Phrases(file.LocationPhrases);
        BecomePhrases = Phrases(file.BecomePhrases);
        JobDefinitionPhrases = Phrases(file.JobDefinitionPhrases);
        JobEndWords = Set(file.JobEndWords);
        NotLocationPhrases = Phrases(file.NotLocationPhrases);
        WeekdayPhrases = Phrases(file.WeekdayPhrases);
        PerWeekPhrases = Phrases(file.PerWeekPhrases);
        HowLongPhrases = Phrases(file.HowLongPhrases);
        DefinitionPhrases = Phrases(file.DefinitionPhrases);
        PointingWords = Set(file.PointingWords);
        ActivityUnitPhrases = Phrases(file.ActivityUnitPhrases);
        WorkingPhrases = Phrases(file.WorkingPhrases);
        AtWorkPhrases = Phrases(file.AtWorkPhrases);
        NationalityWords = Set(file.NationalityWords);
        OpeningHoursWords = Set(file.OpeningHoursWords);
        ThesisWords = Set(file.ThesisWords);
        DefinitionFillers = Set(file.DefinitionFillers);
        DefinitionWords = DefinitionPhrases.SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        OneUnitPhrases = Phrases(file.OneUnitPhrases);
        RequiredWords = Set(file.RequiredWords);
        NeedWords = Set(file.NeedWords);
        SinceWords = Set(file.SinceWords);
        NextWords = Set(file.NextWords);
        InPersonPhrases = Phrases(file.InPersonPhrases);
        ContainPhrases = Phrases(file.ContainPhrases);
        FreePhrases = Phrases(file.FreePhrases);
        ExemptionWords = Set(file.ExemptionWords);
        OpenQuestionWords = Set(file.OpenQuestionWords);
        UeTopicVerbs = Set(file.UeTopicVerbs);
        SufficiencyWords = Set(file.SufficiencyWords);
        SufficiencyPhrases = Phrases(file.SufficiencyPhrases);
        BenefitPhrases = Phrases(file.BenefitPhrases);
        _placeOf = file.OtherPlaces.SelectMany(p => p.Value.Select(v => (Phrase: FrenchText.Fold(v), Place: p.Key)))
            .Where(p => p.Phrase.Length > 0).DistinctBy(p => p.Phrase).ToDictionary(p => p.Phrase, p => p.Place, StringComparer.Ordinal);
        _placePhrases = [.. _placeOf.Keys];
        _funderOf = file.OtherFunders.SelectMany(p => p.Value.Select(v => (Phrase: FrenchText.Fold(v), Funder: p.Key)))
            .Where(p => p.Phrase.Length > 0).DistinctBy(p => p.Phrase).ToDictionary(p => p.Phrase, p => p.Funder, StringComparer.Ordinal);
        _funderPhrases = [.. _funderOf.Keys.OrderByDescending(k => k.Length)];
        _notCovered = file.NotCovered.Select(n => new NotCoveredSubject(n.Id, n.Fr, n.En, n.Phrases.Select(FrenchText.Fold).Where(x => x.Length > 0).ToList())).ToList();
        Glosses = file.Glosses.ToDictionary(g => FrenchText.Fold(g.Key), g => FrenchText.Fold(g.Value), StringComparer.Ordinal);
    }

    public IReadOnlySet<string> StopWords { get; }
    public IReadOnlySet<string> PlanningStart { get; }
    public IReadOnlySet<string> PlanningEnd { get; }
    public IReadOnlySet<string> PlanningNext { get; }

    /// <summary>"quand", "when": the question asks for a date.</summary>
    public IReadOnlySet<string> WhenWords { get; }
    public IReadOnlySet<string> PlanningAll { get; }

    /// <summary>"les dates", "le calendrier", "the timetable": the dates asked as such, even beside the fees.</summary>
    public IReadOnlySet<string> PlanningNouns { get; }

    public IReadOnlySet<string> HolidayWords { get; }

    /// <summary>Words asking for the weeks without classes (holidays), not the public holidays alone.</summary>
    public IReadOnlySet<string> BreakWords { get; }
    public IReadOnlySet<string> WelcomeWords { get; }
    public IReadOnlySet<string> DefenceWords { get; }
    public IReadOnlySet<string> WorkshopWords { get; }
    public IReadOnlySet<string> ExamWords { get; }

    /// <summary>Of <see cref="ExamWords"/>, those that name the exams themselves ("examens", "exams").</summary>
    public IReadOnlySet<string> ExamNameWords { get; }
    public IReadOnlySet<string> RegistrationWords { get; }

    /// <summary>
    /// "quand peut-on s'inscrire ?", "When can I enrol?": "quand" or "when" and a word of <see cref="RegistrationWords"/>,
    /// and no word asking the entry conditions too ("que faut-il pour s'inscrire et quand ?" asks both).
    /// </summary>
    public bool AsksWhenToRegister(string question) =>
        FrenchText.Words(question) is var words && words.Any(RegistrationWhenWords.Contains) && words.Any(RegistrationWords.Contains)
        && !words.Any(EntryAskWords.Contains);

    /// <summary>The words that ask when one may register ("quand", "when"); dates alone may ask other things.</summary>
    public IReadOnlySet<string> RegistrationWhenWords { get; }

    /// <summary>Words asking the entry conditions ("conditions", "faut", "requirements").</summary>
    public IReadOnlySet<string> EntryAskWords { get; }
    public IReadOnlySet<string> CreditWords { get; }
    public IReadOnlySet<string> CommonCoreWords { get; }
    public IReadOnlySet<string> ContactHoursWords { get; }

    /// <summary>Studying while at work, or only part of a programme: every programme's modes answer it.</summary>
    public IReadOnlySet<string> StudyWayWords { get; }

    /// <summary>The mark needed to pass: answered from a sheet that gives one.</summary>
    public IReadOnlySet<string> GradeWords { get; }
    public IReadOnlySet<string> QuantityWords { get; }

    /// <summary>With a quantity word, a programme's hours are its volume ("combien d'heures au total ?").</summary>
    public IReadOnlySet<string> HourWords { get; }

    /// <summary>After a question about a UE, the pronouns that stand for it ("et elle a lieu quand ?").</summary>
    public IReadOnlySet<string> UeBackWords { get; }

    /// <summary>The classes after a day said: the next class after it, not that day's.</summary>
    public IReadOnlySet<string> AfterWords { get; }

    /// <summary>Funding asked in general: what the documents say of funding answers it when no programme is named.</summary>
    public IReadOnlySet<string> FundingAskWords { get; }

    /// <summary>Words that ask how long, beside a fee question.</summary>
    public IReadOnlySet<string> DurationAskWords { get; }

    /// <summary>The words of asking for a contact, which say nothing of which one.</summary>
    public IReadOnlySet<string> ContactAskWords { get; }

    /// <summary>The words of the admission itself: an entry question, whatever modality is named.</summary>
    public IReadOnlySet<string> AdmissionWords { get; }

    /// <summary>"je peux", "can I": with a start word and a month, whether one may join then.</summary>
    public IReadOnlySet<string> CanWords { get; }

    /// <summary>Folded phrases asking whether one can that <see cref="CanWords"/> misses ("puis je").</summary>
    public IReadOnlyList<string> CanPhrases { get; }

    /// <summary>"est-ce que je peux…", "puis-je…", "can I…": whether one can is asked.</summary>
    public bool AsksWhetherOneCan(string question) => FrenchText.HasAnyWord(question, CanWords) || Says(question, CanPhrases);

    /// <summary>A UE in general: how many hours it is comes from the credits / hours table.</summary>
    public IReadOnlySet<string> UnitWords { get; }

    /// <summary>Two programmes compared: they are put side by side.</summary>
    public IReadOnlySet<string> ComparisonWords { get; }

    /// <summary>Words that speak of the conversation's two programmes together ("les deux", "en commun", "lequel").</summary>
    public IReadOnlySet<string> BothWords { get; }

    /// <summary>"quelle formation est la plus courte ?": the length of each programme, to compare.</summary>
    public IReadOnlySet<string> ShortestWords { get; }

    /// <summary>"comment payer ?": how to pay, not the fees; also the words of the documents' sentences on paying.</summary>
    public IReadOnlySet<string> PaymentWords { get; }

    /// <summary>Words of a bare yes ("oui", "yes"): alone, with no question pending, the question is still to come.</summary>
    public IReadOnlySet<string> YesWords { get; }

    /// <summary>The courtesy a bare yes may come with ("oui svp").</summary>
    public IReadOnlySet<string> YesCourtesyWords { get; }

    /// <summary>The message is a bare yes (<see cref="YesWords"/>, with <see cref="YesCourtesyWords"/> at most).</summary>
    public bool SaysYesOnly(Slots s) => s.Mentions(YesWords) && s.Words.All(w => YesWords.Contains(w) || YesCourtesyWords.Contains(w));

    /// <summary>Words of attending the classes ("présence", "assister", "absent", "attendance").</summary>
    public IReadOnlySet<string> AttendanceWords { get; }

    /// <summary>Phrases of attending the classes ("les cours sont obligatoires", "manquer un cours").</summary>
    public IReadOnlyList<string> AttendancePhrases { get; }

    /// <summary>The documents' words of attending ("2 présences par UE", "assiduité"): their sentences that answer it.</summary>
    public IReadOnlySet<string> AttendanceSaidWords { get; }

    /// <summary>The question asks whether the classes must be attended (<see cref="AttendanceWords"/> or <see cref="AttendancePhrases"/>).</summary>
    public bool AsksAttendance(Slots s) => s.Mentions(AttendanceWords) || Says(s.Question, AttendancePhrases);

    /// <summary>A mark ("note") with a word of passing (<see cref="PassWords"/>) asks the mark needed to pass a UE.</summary>
    public IReadOnlySet<string> MarkWords { get; }
    public IReadOnlySet<string> PassWords { get; }

    /// <summary>"la note minimale ?", "quelle note faut-il pour valider une UE ?", "quelle moyenne ?": the mark needed to pass.</summary>
    public bool AsksTheMark(Slots s) => s.Mentions(GradeWords) || s.Mentions(MarkWords) && s.Mentions(PassWords);

    /// <summary>Words asking what is left from the user's date on ("combien de séances il me reste ?").</summary>
    public IReadOnlySet<string> RemainingWords { get; }

    /// <summary>Words asking about further study after a programme ("poursuite d'études", "continuer").</summary>
    public IReadOnlySet<string> FurtherStudyWords { get; }

    /// <summary>Words naming the classes themselves ("cours", "séances", "classes"), beside an exam asked.</summary>
    public IReadOnlySet<string> ClassWords { get; }

    /// <summary>A selection asked at entry ("y a-t-il une sélection ?", "is it selective?"); also the words of one in the documents.</summary>
    public IReadOnlySet<string> SelectionWords { get; }

    /// <summary>A foreign language's level asked at entry ("un bon niveau d'anglais ?", "speak English?").</summary>
    public IReadOnlySet<string> LanguageWords { get; }

    /// <summary>Words asking how well one speaks it ("niveau", "parler", "speak"): not the language of the answer asked.</summary>
    public IReadOnlySet<string> LanguageLevelWords { get; }

    /// <summary>Words asking for who heads a programme ("responsable", "dirige", "head"), also those of the heads' roles.</summary>
    public IReadOnlySet<string> HeadWords { get; }

    /// <summary>Words asking for a telephone number: the contacts with one are given first.</summary>
    public IReadOnlySet<string> PhoneWords { get; }

    /// <summary>Words asking for a person rather than the bot ("parler à un humain", "a real person").</summary>
    public IReadOnlySet<string> HumanWords { get; }

    /// <summary>Words of a UE question that say nothing of its subject ("quelle", "parle", "cours").</summary>
    public IReadOnlySet<string> UeTopicFillers { get; }

    /// <summary>Words of cancelling a registration (a refund on withdrawal, not a funder paying).</summary>
    public IReadOnlySet<string> CancelWords { get; }

    /// <summary>Phrases of becoming ("devenir", "work as"): a job named after one is asked about.</summary>
    public IReadOnlyList<string> BecomePhrases { get; }

    /// <summary>Words that end the job named after a phrase of becoming ("avec", "licence").</summary>
    public IReadOnlySet<string> JobEndWords { get; }

    /// <summary>
    /// The job a question names after a phrase of becoming ("est-ce que la licence permet de devenir assistante sociale ?"
    /// -> "assistante sociale"), its articles dropped, up to a word of <see cref="JobEndWords"/>, as the place of its first
    /// word and its number of words in <see cref="FrenchText.Words"/>; null when it names none.
    /// </summary>
    public (int Start, int Count)? JobAsked(string question) => After(question, BecomePhrases);

    /// <summary>Folded phrases asking what someone in a job does ("c'est quoi un", "que fait une", "what does a").</summary>
    public IReadOnlyList<string> JobDefinitionPhrases { get; }

    /// <summary>
    /// The words a question asks the meaning of after one of <see cref="JobDefinitionPhrases"/> ("c'est quoi un coordonnateur
    /// de projets d'insertion ?"), as <see cref="JobAsked"/> gives them; whether they are a job is for the programmes to say.
    /// </summary>
    public (int Start, int Count)? JobDefined(string question) => After(question, JobDefinitionPhrases, longest: 7);

    /// <summary>Words of experience: with a quantity, the length of experience a validation route asks.</summary>
    public IReadOnlySet<string> ExperienceWords { get; }

    /// <summary>Words asking for the price of the whole programme ("le coût total", "en entier").</summary>
    public IReadOnlySet<string> TotalWords { get; }

    /// <summary>Words asking how UE are assessed: a list of UE then gives each one's assessment.</summary>
    public IReadOnlySet<string> EvaluationWords { get; }

    /// <summary>Words of an acknowledgement that may open a follow-up ("d'accord, et pour le CASP ?").</summary>
    public IReadOnlySet<string> LeadInWords { get; }
    public IReadOnlyDictionary<string, string> Glosses { get; }

    /// <summary>Folded phrases that ask where the classes or a centre are ("ou ont lieu", "where are").</summary>
    public IReadOnlyList<string> LocationPhrases { get; }

    /// <summary>Folded phrases holding a location phrase without asking where ("email address of").</summary>
    public IReadOnlyList<string> NotLocationPhrases { get; }

    /// <summary>Folded phrases that ask on which weekdays the classes are ("quels jours", "which days").</summary>
    public IReadOnlyList<string> WeekdayPhrases { get; }

    /// <summary>Folded phrases asking how long ("combien de temps"), beside the words of <see cref="DurationAskWords"/>.</summary>
    public IReadOnlyList<string> HowLongPhrases { get; }

    /// <summary>Folded phrases of one UE, none named ("une ue", "per module").</summary>
    public IReadOnlyList<string> OneUnitPhrases { get; }

    /// <summary>True when the question speaks of one UE without naming it ("combien coûte une UE ?").</summary>
    public bool SaysOneUnit(string question) => Says(question, OneUnitPhrases);

    /// <summary>Words asking whether something is required ("obligatoire", "compulsory", "dispensé").</summary>
    public IReadOnlySet<string> RequiredWords { get; }

    /// <summary>Words of needing something ("faut-il un CAP ?", "besoin d'un bac", "must I have"), beside <see cref="RequiredWords"/>.</summary>
    public IReadOnlySet<string> NeedWords { get; }

    /// <summary>Folded phrases that ask what a word means ("que veut dire", "stand for").</summary>
    public IReadOnlyList<string> DefinitionPhrases { get; }

    /// <summary>Words around a term whose meaning is asked that are not the term ("exactement", "really").</summary>
    public IReadOnlySet<string> DefinitionFillers { get; }

    /// <summary>The words of <see cref="DefinitionPhrases"/> ("c", "est", "quoi", "stand"…): none is the term asked.</summary>
    public IReadOnlySet<string> DefinitionWords { get; }

    /// <summary>Words that point at something already said ("cette UE", "this course").</summary>
    public IReadOnlySet<string> PointingWords { get; }

    /// <summary>True when the question asks what a word means (one of <see cref="DefinitionPhrases"/>, as whole words).</summary>
    public bool AsksDefinition(string question) => Says(question, DefinitionPhrases);

    /// <summary>Folded phrases that name the activity units ("ua", "unites d activite", "activity units").</summary>
    public IReadOnlyList<string> ActivityUnitPhrases { get; }

    /// <summary>True when the question is about the activity units, the UA (one of <see cref="ActivityUnitPhrases"/>).</summary>
    public bool AsksActivityUnits(string question) => Says(question, ActivityUnitPhrases);

    /// <summary>Folded phrases of a person who works and would study beside it ("tout en travaillant", "I work full time").</summary>
    public IReadOnlyList<string> WorkingPhrases { get; }

    /// <summary>True when the question is asked by someone working (one of <see cref="WorkingPhrases"/>, as whole words).</summary>
    public bool SpeaksOfWorking(string question) => Says(question, WorkingPhrases);

    /// <summary>Folded phrases of classes on site ("presentiel", "in person").</summary>
    public IReadOnlyList<string> InPersonPhrases { get; }

    /// <summary>True when the question speaks of classes on site (one of <see cref="InPersonPhrases"/>, as whole words).</summary>
    public bool SpeaksOfClassesOnSite(string question) => Says(question, InPersonPhrases);

    /// <summary>Folded phrases asking what a programme contains ("y a t il", "comporte", "is there").</summary>
    public IReadOnlyList<string> ContainPhrases { get; }

    /// <summary>True when the question asks what something contains (one of <see cref="ContainPhrases"/>, as whole words).</summary>
    public bool AsksWhatItContains(string question) => Says(question, ContainPhrases);

    /// <summary>Words that say a diploma is enough or gives access ("suffit", "permet", "enough"): the verdict for it.</summary>
    public IReadOnlySet<string> SufficiencyWords { get; }

    /// <summary>Phrases that say a diploma gives access ("donne accès", "gives access"), as <see cref="SufficiencyWords"/>.</summary>
    public IReadOnlyList<string> SufficiencyPhrases { get; }

    /// <summary>
    /// "un BTS suffit pour la licence ?", "le DEME permet-il d'entrer en licence ?", "le BTS ESF donne-t-il accès à la licence ?": a diploma the question names without the
    /// person saying they hold it (or not), said to be enough; its verdict is asked, as if held.
    /// </summary>
    public bool AsksIfDiplomaIsEnough(Slots s) =>
        s.Utterance.Entities.Diploma is { Held: false, Negated: false, Level: not null } && AsksIfItGivesAccess(s);

    /// <summary>"suffit", "permet", "donne accès", "gives access": whether something gives access is asked.</summary>
    public bool AsksIfItGivesAccess(Slots s) => s.Mentions(SufficiencyWords) || Says(s.Question, SufficiencyPhrases);

    /// <summary>Words asking what a UE is about ("parle", "traite", "about"): a subject searched in a known programme's UEs.</summary>
    public IReadOnlySet<string> UeTopicVerbs { get; }

    /// <summary>Words of an open question ("combien", "quand", "how"): without them a question may be answered yes or no.</summary>
    public IReadOnlySet<string> OpenQuestionWords { get; }

    /// <summary>A question that may be answered yes or no: a question mark, and no word of <see cref="OpenQuestionWords"/>.</summary>
    public bool AsksYesOrNo(Slots s) => s.Utterance.Raw.Contains('?', StringComparison.Ordinal) && !s.Mentions(OpenQuestionWords);

    /// <summary>Words of an exemption asked ("dispense", "équivalence", "transfer", "capitalisées").</summary>
    public IReadOnlySet<string> ExemptionWords { get; }

    private readonly Dictionary<string, string> _placeOf;
    private readonly List<string> _placePhrases;

    /// <summary>
    /// A place the question names that is none of the documents' centres ("je suis à Lyon", "en Guadeloupe"), as said after
    /// "des cours" ("à Lyon", "en Guadeloupe"); null when it names none.
    /// </summary>
    public string? PlaceNamed(string question) => FirstSaid(question, _placePhrases) is { } phrase ? _placeOf[phrase] : null;

    /// <summary>
    /// True when the question asks where: one of <see cref="LocationPhrases"/>, as whole words, outside the phrases of
    /// <see cref="NotLocationPhrases"/>, as typed or as normalised ("c ou les cours ?" is "c'est où les cours ?").
    /// </summary>
    public bool AsksWhere(Slots s) =>
        Says(s.Question, LocationPhrases, NotLocationPhrases) || Says(s.Utterance.Normalized, LocationPhrases, NotLocationPhrases);

    /// <summary>True when the question asks on which weekdays (one of <see cref="WeekdayPhrases"/>, as whole words).</summary>
    public bool AsksWeekdays(string question) => Says(question, WeekdayPhrases);

    /// <summary>"prochaine", "next": the next of something asked ("la prochaine réunion d'information ?").</summary>
    public IReadOnlySet<string> NextWords { get; }

    /// <summary>"depuis", "since": a year just after it is when something started ("demandeur d'emploi depuis 2019"), not the year asked.</summary>
    public IReadOnlySet<string> SinceWords { get; }

    /// <summary>Phrases asking how many per week ("combien de soirs par semaine", "hebdomadaire", "a week").</summary>
    public IReadOnlyList<string> PerWeekPhrases { get; }

    /// <summary>True when the question asks how many per week (one of <see cref="PerWeekPhrases"/>, as whole words).</summary>
    public bool AsksPerWeek(string question) => Says(question, PerWeekPhrases);

    /// <summary>The question asks how long (one of <see cref="DurationAskWords"/>, or of <see cref="HowLongPhrases"/> as whole words).</summary>
    public bool AsksHowLong(Slots s) => s.Mentions(DurationAskWords) || Says(s.Question, HowLongPhrases);

    public IReadOnlySet<string> SemesterWords { get; }
    public IReadOnlySet<string> ObjectiveWords { get; }
    public IReadOnlySet<string> SemesterOne { get; }
    public IReadOnlySet<string> SemesterTwo { get; }
    public IReadOnlyDictionary<string, string> SemesterShort { get; }

    /// <summary>
    /// The semester a question names ("1" or "2"): "le second semestre", "semestre 2", "S1"; null when it names none.
    /// </summary>
    public string? Semester(string question)
    {
        var words = FrenchText.Words(question).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (SemesterShort.TryGetValue(words[i], out var shortForm))
            {
                return shortForm;
            }
            if (!SemesterWords.Contains(words[i]))
            {
                continue;
            }
            foreach (var j in new[] { i - 1, i + 1 })
            {
                if (j >= 0 && j < words.Count && SemesterOne.Contains(words[j]))
                {
                    return "1";
                }
                if (j >= 0 && j < words.Count && SemesterTwo.Contains(words[j]))
                {
                    return "2";
                }
            }
        }
        return null;
    }

    /// <summary>True when one of the folded <paramref name="words"/> is in <paramref name="set"/>.</summary>
    public static bool Any(IReadOnlyCollection<string> words, IReadOnlySet<string> set) => words.Any(set.Contains);
}
