using System.Globalization;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

/// <summary>
/// Issue 4: each topic answers with the document's facts and its provenance (the answer ends with a
/// "Source : title (valable year)" line). Expected values come from the seeds (/work/shared/seeds), not from the bot:
/// <c>expected</c> lists fragments that must appear ("a | b") or must not ("!c"); <c>source</c> is the seed's number.
/// </summary>
public sealed class TopicAnswerTests(QuestionsFixture fixture) : IClassFixture<QuestionsFixture>
{
    private const string Nov20 = "2022-11-20";

    private async Task AssertAnswerAsync(string question, string expected, string source, string today)
    {
        var now = new DateTimeOffset(DateTime.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddHours(10), TimeSpan.FromHours(1));
        var replies = await fixture.Conversation(now: now).SendAsync(TestConversation.Message(question));
        var answer = Assert.Single(replies).Text ?? "";
        AnswerText.AssertFragments(answer, expected, $"\"{question}\"");
        AnswerText.AssertSource(answer, fixture.Knowledge, source);
    }

    // The licence is taught in Paris only: asked at La Réunion, the answer says so and answers for Paris, with its contact,
    // never with La Réunion's fees for its other programmes.
    [Theory]
    [InlineData("combien coûte la licence à La Réunion ?", "ne propose pas la Licence professionnelle | qu'au Cnam Paris | 820 € | par_intervention-sociale@lecnam.net | !60 €", "000")]
    [InlineData("Qui contacter pour la licence à La Réunion ?", "qu'au Cnam Paris | par_intervention-sociale@lecnam.net | !Je n'ai pas cette information", "000")]
    [InlineData("How much is the licence in Reunion?", "only Cnam Paris | 820 €", "000")]
    public Task AProgrammeAskedAtACentreThatDoesNotTeachItIsAnsweredForTheCentreThatDoes(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    [Theory]
    // The CASP and the CP29 have no common core: each one's UE, the CP29's marked in the CASP's.
    [InlineData("Quelles UE sont communes au CASP et au CP29 ?", "TET099 | AST004 | [CP29] | !Je ne trouve pas", "003")]
    // One programme's UE all in the other's: said first, from the two lists.
    [InlineData("Le CP29 permet-il d'accéder au CASP ?", "Les 6 UE du certificat professionnel CP29 (TET099, AST004, TRS001, CCE001, TET003, TET007) sont aussi des UE du titre", "003")]
    [InlineData("Does the CP29 count towards the CASP?", "The 6 units of the certificat professionnel CP29", "003")]
    // A mode of study without a length is named alone, not with empty brackets.
    [InlineData("C'est quoi le CP29 ?", "Modalités : Cours du soir (HTT) ; | !()", "003")]
    // Work-study asked with "je peux faire": how the programme may be followed, not its entry conditions.
    [InlineData("Est-ce que je peux faire la licence en alternance ?", "pas d'alternance | Cours du soir | !Accès direct", "000")]
    // The hours of an UE: the credits/hours table of its own programme's document, else that none is given.
    [InlineData("Combien d'heures dure l'UE TET099 ?", "6 crédits = **45 h** | !€", "003")]
    // "c'est combien" is a price, "c'est combien d'heures" a volume.
    [InlineData("TET099 c'est combien d'heures ?", "6 crédits = **45 h** | !€", "003")]
    [InlineData("c'est combien d'heures de stage pour la licence ?", "560 heures | !€", "002")]
    // The internship's length beside its agreement: both, and no class hours.
    [InlineData("Combien d'heures de stage et qui signe la convention pour la licence ?", "560 heures | au moins 12 jours | !18h15", "002")]
    [InlineData("C'est quoi l'UE AST118 et elle dure combien d'heures ?", "4 ECTS | ne donnent pas le volume horaire | !Cours du jour (Paris) : formation sur 1 an", "000")]
    // English phrasings.
    [InlineData("Who is the CASP for?", "niveau bac | expérience professionnelle", "003")]
    [InlineData("Can I register online for the CP29 in Reunion?", "www.cnam.re | pré-inscription", "004")]
    [InlineData("When does the evening programme start in 2022?", "first class on **Monday 3 October 2022** | !Tuesday 4 October", "000")]
    // An UE's exam: no date in the documents, its assessment and the centre's exam sessions; never the defence.
    [InlineData("quand est l'examen de TET099 à La Réunion ?", "ne donnent pas la date de son examen | rapport/dossier à rendre | deux sessions d'examens | !Soutenance", "004")]
    [InlineData("c'est quand l'examen de TRS102 ?", "ne donnent pas la date de son examen | !Soutenance du mémoire", "000")]
    // The experience needed to be awarded the titre: its conditions, not the programme's length.
    [InlineData("Combien de temps d'expérience faut-il pour valider le CASP ?", "18 mois | 12 unités d'enseignement | !2 à 3 ans", "003")]
    // "ça suffit ?" after a diploma held asks whether it lets one in; after work experience alone, what the titre asks.
    [InlineData("J'ai un BTS SP3S, ça suffit pour la licence pro ?", "**Oui** | BTS SP3S | !Pour obtenir", "000")]
    [InlineData("Mon DUT carrières sociales suffit-il pour la licence pro ?", "**Oui** | !Pour obtenir", "000")]
    [InlineData("I have a BTS, is it enough for the licence pro?", "**Yes** | !To obtain", "000")]
    [InlineData("Pour le titre CASP, j'ai 18 mois d'expérience mais dans la vente, ça suffit ?", "18 mois | stage", "003")]
    [InlineData("Is 2 years of experience enough to get the CASP title?", "To obtain | 18 mois", "003")]
    [InlineData("j'ai validé toutes les UE, ça suffit pour avoir la licence ?", "Pour obtenir | mémoire | !TRS103", "000")]
    // Studying while at work, no programme named: every programme's modes, not "which programme?" nor the entry
    // conditions that "can I study" looks like.
    [InlineData("Can I study part-time while working?", "Length and modes of the programmes | Cours du soir | !Entry", "000")]
    [InlineData("peut-on travailler en même temps que la formation ?", "Durée et modalités des formations | 18h15 - 21h15 | Cours du soir (HTT)", "000")]
    // The premises' accessibility is a disability question, not the entry conditions.
    [InlineData("Je suis en situation de handicap, les locaux sont accessibles ?", "handi.cnam.fr | !Accès —", "000")]
    // The mémoire's tutor is the defence's sheet (CCE113, a tutor per person), not the internship's tutor.
    [InlineData("Qui est le tuteur pour le mémoire ?", "accompagnement individuel par un tuteur | CCE113 | !560 heures, soit", "000")]
    // "How long to get the licence" is its length, not its award conditions; "too late" at an age, no age condition.
    [InlineData("combien de temps pour avoir la licence en cours du soir", "formation sur 1 ou 2 ans | !Pour obtenir", "000")]
    [InlineData("I'm 50, is it too late to apply?", "My documents set no age condition", "000")]
    [InlineData("j'ai 52 ans, est-ce trop tard pour faire la licence ?", "ne posent aucune condition d'âge | bac+2", "000")]
    // Attendance: La Réunion's rule (two attendances per UE and semester before the exams).
    [InlineData("Is attendance compulsory?", "2 présences par UE", "004")]
    // "je peux encore annuler ?" after a file was filed is the withdrawal period, not the papers to file.
    [InlineData("j'ai déposé mon dossier hier, je peux encore annuler ?", "délai de rétractation de 10 jours | !un CV détaillé", "004")]
    // "en plusieurs fois" of an internship is how it may be spread, not a payment in instalments (out of scope).
    [InlineData("le stage peut se faire en plusieurs fois ?", "temps partiel | !Je n'ai pas cette information", "001")]
    // The activity units (UA): each programme's, with what they are, when no programme is said; a programme's own otherwise.
    [InlineData("c'est quoi une UA ?", "UASO08 | 560 heures de stage pratique | UA211G | UA2322 | !De quelle formation", "000")]
    [InlineData("What is an activity unit?", "activity units (UA) | UASO08 | UASO03", "000")]
    [InlineData("quelles sont les UA du CASP ?", "UASO03 | UA211G | UASO04 | !TET099 | !UASO08", "003")]
    // The CP29's UA are in La Réunion's document only: given as La Réunion's, unless Paris was said.
    [InlineData("quelles sont les UA du CP29 ?", "UA2322 | (La Réunion) | !Mes documents ne donnent pas", "004")]
    [InlineData("quelles sont les UA du CP29 à Paris ?", "ne donnent pas d'unité d'activité | !UA2322", "003")]
    [InlineData("c'est quoi l'UA de la licence ?", "UASO08 | 12 heures de cours en présentiel | !UA211G | !Modalités", "000")]
    // Exam dates with no centre: the Paris grids date classes, not exams, so La Réunion's exam weeks, said as theirs; the
    // licence's exam is its defence.
    [InlineData("quelles sont les dates des examens ?", "ne donnent pas de dates d'examen | semaine du 20/02/2017 | !71 séances", "004")]
    [InlineData("What are the exam dates?", "give no exam dates | 20/02/2017 | !71 sessions", "004")]
    [InlineData("quelles sont les dates des examens de la licence ?", "Soutenance du mémoire professionnel | semaine du 20 novembre 2023 | !71 séances", "000")]
    // A funding asked what it is: the documents name it only in the fees, so the fees that name it.
    [InlineData("c'est quoi le DIF ?", "DIF : **650 €** | !Les formations que je connais", "003")]
    [InlineData("What is the DIF?", "DIF : **650 €** | !The programmes I know", "003")]
    // A UE named in English by a word of its French title; the mémoire as "thesis".
    [InlineData("How many credits is English worth?", "ANG320 | 6 ECTS | !Which programme", "000")]
    [InlineData("What is the sociology unit about?", "AST002 | Champs de la sociologie", "003")]
    [InlineData("When is the thesis defence?", "Soutenance du mémoire professionnel | !Organisation des examens", "000")]
    // "Where does … take place?" asks where; "When does … take place?" when.
    [InlineData("Where does the licence take place?", "do not give the address of the classes at Cnam Paris | par_intervention-sociale@lecnam.net", "000")]
    [InlineData("When does the licence take place?", "71 sessions | !address", "000")]
    // Class hours at a centre that does not teach the licence, no programme said: the programmes taught there.
    [InlineData("quels sont les horaires des cours à La Réunion ?", "du lundi au vendredi de 17h à 21h | Titre CASP (CPN42), La Réunion | !ne sont pas dans mes documents", "004")]
    // Enrolling "en cours d'année" asks when registrations are open, not the entry conditions.
    [InlineData("je peux m'inscrire en cours d'année ?", "septembre et février | clôture des inscriptions du 2nd semestre", "003")]
    [InlineData("Can I enrol mid-year?", "septembre et février | !Direct entry", "003")]
    // Only the licence has parcours, so only it has a common core: asked without a programme, it is the licence's.
    [InlineData("Which UE are in the common core?", "Common core of the Licence | TRS103 | !Which programme", "000")]
    // Asking for someone else ("elle peut s'inscrire ?") asks the entry conditions, not the papers to file.
    [InlineData("ma fille a 19 ans et le bac, elle peut s'inscrire au CP29 ?", "niveau bac | !un CV détaillé", "003")]
    // Enrolling in a programme taught at both centres, no centre said: La Réunion's papers and how Paris's document says
    // to enrol (its open days), the certificate's from the titre's document; a centre said gets its own papers only.
    [InlineData("Comment s'inscrire au CASP ?", "un CV détaillé | Portes ouvertes d'information, d'orientation et d'inscriptions", "004")]
    [InlineData("How do I register for the CP29?", "un CV détaillé | Portes ouvertes d'information", "004")]
    [InlineData("quelles pièces pour s'inscrire au CASP à La Réunion ?", "un CV détaillé | !Portes ouvertes", "004")]
    // The mark to pass a UE: only La Réunion's documents give one; asked at Paris, said so, then theirs as theirs.
    [InlineData("Quelle est la note minimale pour valider une UE à Paris ?", "Les documents du Cnam Paris ne donnent pas de note minimale | ceux du Cnam La Réunion | 10/20 | !Soutenance", "004")]
    [InlineData("Quelle note minimale pour valider une UE au Cnam Réunion ?", "10/20 | !ne donnent pas", "004")]
    [InlineData("les notes de la soutenance à Paris ?", "Soutenance du mémoire | !note minimale", "000")]
    // Credits asked of a word of one UE's title are that UE's ("l'anglais"), not a programme's.
    [InlineData("Combien d'ECTS vaut l'anglais ?", "ANG320 | 6 ECTS | !De quelle formation", "000")]
    // The English UE named with its programme, or by "hours of": the UE and, for its hours, its alternative's 36 h.
    [InlineData("Combien d'heures d'anglais dans la licence ?", "ANG320 | ANG200 | 36h réparties sur 6 jours | !Durée et modalités", "000")]
    [InlineData("How many hours of English?", "ANG320 | 36h réparties sur 6 jours | !Class hours", "000")]
    [InlineData("What are the English classes in the licence?", "ANG320 | ANG200 | !s'organise autour", "000")]
    [InlineData("Is there an English course?", "ANG320 | !I don't have this information", "000")]
    // "taught in English" is the language of the classes, not the English UE.
    [InlineData("Are the classes taught in English?", "!Anglais professionnel : **6 ECTS**", "000")]
    // "sessions" in English are classes; in French, "combien de sessions" are exam sessions.
    [InlineData("How many TRS103 sessions are there?", "TRS103 | sessions | !exam date", "000")]
    [InlineData("combien de sessions pour une UE ?", "deux sessions d'examens par UE", "004")]
    // An English profile with no question (the questionnaire is French): what it opens, programme by programme.
    [InlineData("I have a high school diploma", "you do not have the level required for direct entry | VAPP | **Yes**", "000")]
    // Following the programme while working: its modes of study (the evening classes are "hors temps de travail").
    [InlineData("peut-on suivre le CASP sur son temps de travail ?", "Cours du soir (HTT) | Cours en journée", "003")]
    // Two programmes compared: side by side (levels, credits, centres, modes), not each one's whole overview.
    [InlineData("c koi la diff entre le CASP et la licence", "donne accès à la Licence | **Titre CASP (CPN42)** — accès : niveau bac ; niveau de sortie : bac+2 (niveau III) ; 120 ECTS | **Licence pro (LP110)** — accès : bac+2 ; niveau de sortie : bac+3 ; 60 ECTS ; Cnam Paris | !s'organise autour", "000")]
    [InlineData("What's the difference between the CASP and the CP29?", "are also units of | **CP29 certificate** — entry: niveau bac; exit level: bac+1; 54 ECTS", "004")]
    [InlineData("quelle est la différence de prix entre le CASP et le CP29 ?", "11 952 € | !niveau de sortie", "003")]
    // Paraphrases of the development set's questions, in other words.
    [InlineData("What does a CASP do day to day?", "accueille | diagnostic | insertion", "003")]
    [InlineData("Comment obtient-on le titre CASP ?", "12 unités d'enseignement | 18 mois | !Une formation professionnelle préparant", "003")]
    [InlineData("What are the requirements to be awarded the CASP title?", "To obtain the titre | 12 unités | 18 mois | !Direct entry", "003")]
    [InlineData("J'ai travaillé 2 ans comme caissière, est-ce que ça compte pour l'expérience du titre CASP ?", "18 mois | 3 mois", "003")]
    [InlineData("For the CASP title, do 18 months in retail count as experience?", "18 mois | 3 mois", "003")]
    [InlineData("la LP110 donne quel niveau de diplôme à la sortie ?", "bac+3 | !Accès —", "000")]
    [InlineData("18 mois d'expérience dans le commerce, c'est bon pour le titre CASP ?", "18 mois | 3 mois", "003")]
    [InlineData("J'ai un BTS, c'est bon pour la licence ?", "**Oui** : avec BTS", "000")]
    [InlineData("combien de temps pour valider le CASP en cours du soir ?", "2 à 3 ans | !jury national", "003")]
    [InlineData("quelle est la durée des séances de cours ?", "18h15 - 21h15 | 9h30 - 17h | !132 séances", "000")]
    [InlineData("Where is Cnam La Réunion located?", "The Cnam La Réunion centres my documents give | 18 rue Claude Chappe", "004")]
    public Task ProgrammeAnswersReadTheQuestionsSubject(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    // Seed 000 (LP110, 2022-2023) and seeds 003/004 (CPN42, CP29, 2016-2017), with the computations they allow.
    [Theory]
    [InlineData("combien coûte la licence en cours du jour avec le CPF ?", "5 950 € | !8 300 €", "000")]
    [InlineData("combien coûte la licence en cours du soir sur 2 ans en financement individuel ?", "410 € | !3 000 €", "000")]
    // "en tout": the yearly fee times the years.
    [InlineData("combien ça coute en tout la licence sur 2 ans en cours du soir en payant moi meme", "410 € | 2 × 410 € = **820 €**", "000")]
    [InlineData("Le CPF prend-il en charge le CP29 ?", "CPF | 30 € | de l'heure", "003")]
    [InlineData("Je suis demandeuse d'emploi catégorie 2, la licence en cours du jour me coûtera combien ?", "8 300 € | 4 150 € | si vous la financez vous-même", "000")]
    // No total of credits for the titre in the Paris document: no total cost, and La Réunion's total is not used for Paris.
    [InlineData("Combien coûte le CASP complet en cours du soir avec mon employeur ?", "144 € | ne donnent pas le total de crédits du titre | 120 ECTS | !17 280", "003")]
    [InlineData("combien coûte le CASP en cours du jour si mon employeur paie ?", "11 952 €", "003")]
    [InlineData("combien coûtent 6 crédits du CASP en financement employeur ?", "144 € | 864 €", "003")]
    [InlineData("Combien coûtent 2 UE de 6 crédits du CASP en financement employeur ?", "12 × 144 € = **1 728 €**", "003")]
    [InlineData("How much are two units of 6 credits of the CASP in evening classes, self-funded?", "12 × 14 € = **318 €**", "003")]
    [InlineData("Combien coûtent trois modules de 4 crédits du CASP en financement employeur ?", "12 × 144 € = **1 728 €**", "003")]
    [InlineData("Combien coûte la licence sur 2 ans en cours du soir au total en financement individuel ?", "2 × 410 € = **820 €**", "000")]
    [InlineData("je suis demandeur d'emploi, combien coûte une UE de 8 crédits du CASP ?", "60 h | 9,15 € | 549 €", "003")]
    // The licence is priced by the year: no price for one of its UEs, and the answer says so instead of implying one.
    [InlineData("combien coûte l'UE ANG200 ?", "4 150 € | formation entière | UE ANG200 seule", "000")]
    [InlineData("combien coûte TET003 pour un demandeur d'emploi ?", "549 €", "003")]
    [InlineData("en individuel, combien coûte une UE de 6 crédits du CASP en cours du soir ?", "150 € | 14 € | 234 €", "003")]
    [InlineData("combien coûte une VAE à La Réunion ?", "1 200 €", "004")]
    [InlineData("combien coûte la VES à La Réunion ?", "300 €", "004")]
    [InlineData("combien coûte la VAP85 ?", "520 €", "004")]
    // A job seeker where the documents price only Pôle emploi's funding: both lines, and which is which.
    [InlineData("Je suis demandeur d'emploi, combien coûte la licence en cours du jour ?", "pas de tarif « demandeur d'emploi » | 8 300 € | 4 150 €", "000")]
    [InlineData("la licence en cours du jour financée par Pôle emploi, combien ?", "8 300 € | !4 150 €", "000")]
    // The whole programme at a per-credit rate: the rate times the programme's credits, as a computation.
    [InlineData("Quel est le coût total du CP29 à La Réunion pour un particulier ?", "compte 54 ECTS | 100 € + 54 × 60 € = **3 340 €**", "004")]
    [InlineData("Combien coûte le CASP en entier à La Réunion pour un particulier ?", "120 × 60 € = **7 300 €** | !960 €", "004")]
    // Registration fees: the registration right with the file fees; none apart from the fees for the licence.
    [InlineData("Quels sont les frais d'inscription à La Réunion ?", "100 € | 118 €", "004")]
    [InlineData("Y a-t-il des frais d'inscription en plus pour la licence ?", "ne donnent pas de frais d'inscription à part | 4 150 €", "000")]
    [InlineData("Quels sont les frais d'inscription du CASP à Paris ?", "150 € | !11 952 €", "003")]
    [InlineData("Combien coûte la VAE à Paris ?", "pas de tarif pour VAE au Cnam Paris | La Réunion (2016-2017) : 1 200 €", "004")]
    [InlineData("quels sont les tarifs de validation ?", "1 200 € | 520 € | 300 €", "004")]
    [InlineData("How much does the licence cost in evening classes if my employer pays?", "3 000 € | 1 500 € | !820 €", "000")]
    [InlineData("Combien coûte le CP29 en cours du soir si je suis salarié et que mon employeur paie ?", "144 €", "003")]
    // The titre's day price is the whole titre's: not given as the certificate's.
    [InlineData("combien ça coûte le CP29 en individuel à Paris ?", "14 € | prix du titre CASP (CPN42) complet | !5 976 €", "003")]
    [InlineData("Je suis au chômage, combien me coûterait l'UE TET003 en cours du soir ?", "9,15 € | 549 €", "003")]
    [InlineData("Le titre CASP est-il éligible au CPF ?", "CPF | 30 €", "003")]
    [InlineData("cb coute le casp en cours du soir qd on est demandeur demploi", "9,15 € | !144 €", "003")]
    [InlineData("je suis en demande d'emploi, combien coûte le CASP en cours du soir ?", "9,15 € | !144 €", "003")]
    // La Réunion prices employer funding by agreement: said so, with what the brochure says, then the fees for everyone.
    [InlineData("Combien coûte le titre pour un salarié dont l'employeur paie à La Réunion ?", "pas de tarif chiffré pour un financement « employeur » | Opca | 118 €", "004")]
    [InlineData("CASP à la Réunion avec mon CPF, combien ?", "pas de tarif chiffré pour un financement « CPF » | Eligible CPF | 118 €", "004")]
    [InlineData("How much is the CASP in Reunion if my employer pays?", "no figure for employer funding | OPCA | everyone: **118 €**", "004")]
    [InlineData("combien coûte le CP29 à la réunion pour un demandeur d'emploi ?", "8 € | !pas de tarif chiffré", "004")]
    [InlineData("CASP evening classes in Paris paid by my employer: what rate?", "144 € | credit | !Length and modes", "003")]
    [InlineData("Job seeker: hourly rate for CASP evening classes in Paris?", "9,15 €", "003")]
    // A plan length that prices the fee is not a question about the length; a length asked beside the fee is.
    [InlineData("combien coûte la licence en 2 ans si Pôle emploi paie ?", "1 500 € | !Durée et modalités", "000")]
    [InlineData("combien coûte la licence et combien de temps dure-t-elle ?", "4 150 € | Durée et modalités", "000")]
    public Task TariffAnswersGiveTheDocumentsFigures(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    // Seed 000, plannings 2022-2023 (evening 18h15-21h15, day 9h30-17h); "today" is the user's localTimestamp.
    [Theory]
    [InlineData("quand commence TRS103 en cours du soir ?", "5 octobre 2022", "000", Nov20)]
    [InlineData("quand est le dernier cours de CCE105 en cours du jour ?", "12 decembre 2022", "000", Nov20)]
    [InlineData("quand commence la licence en cours du soir ?", "3 octobre 2022 | AST118", "000", Nov20)]
    [InlineData("quand commence la licence en cours du jour ?", "14 novembre 2022 | 15 novembre 2022", "000", Nov20)]
    [InlineData("quel cours le 5 décembre 2022 en cours du soir ?", "AST118", "000", Nov20)]
    [InlineData("quel cours le 15 décembre en cours du jour ?", "TRS104", "000", Nov20)]
    [InlineData("c'est quand mon prochain cours ?", "21 novembre 2022 | AST107 | AST118", "000", Nov20)]
    [InlineData("quel cours ai-je demain en cours du soir ?", "21 novembre 2022 | AST118", "000", Nov20)]
    [InlineData("c'est quand mon prochain cours en cours du soir ?", "13 mars 2023 | TRS107", "000", "2023-03-12")]
    [InlineData("c'est quand mon prochain cours de TRS102 ?", "24 novembre 2022 | !6 octobre 2022", "000", Nov20)]
    [InlineData("à quelle heure sont les cours du soir de la licence ?", "18h15 | 21h15", "000", Nov20)]
    [InlineData("quand a lieu la soutenance de mémoire de la licence ?", "20 novembre 2023", "000", Nov20)]
    [InlineData("When does TRS102 start in evening classes?", "6 October 2022", "000", Nov20)]
    [InlineData("Quel est le dernier cours de CCE105 en cours du soir ?", "7 juin 2023", "000", Nov20)]
    [InlineData("Quand commence le second semestre à La Réunion ?", "27/02/2017 | !19/09/2016", "004", Nov20)]
    [InlineData("dates du semestre 1 à la Réunion ?", "19/09/2016 | !27/02/2017", "004", Nov20)]
    [InlineData("Quand est la journée d'accueil en cours du soir ?", "ne mentionne pas | 14 novembre 2022", "000", Nov20)]
    [InlineData("Quelle UE le 14 mars 2023 en cours du soir ?", "TRS104 | 18h15", "000", Nov20)]
    [InlineData("How many sessions of TRS102 in evening classes?", "TRS102 | 14 sessions | !Soutenance", "000", Nov20)]
    // Registration dates: La Réunion's calendar gives them; the Paris documents do not, and the answer says what they say.
    [InlineData("Quand ouvrent les inscriptions ?", "pas de dates d'inscription au Cnam Paris | septembre et février | 6 juin 2016 | 31/10/2016", "004", Nov20)]
    [InlineData("Jusqu'à quand peut-on s'inscrire à la licence ?", "pas de dates d'inscription au Cnam Paris | par_intervention-sociale@lecnam.net | !2016", "000", Nov20)]
    [InlineData("c'est quoi l'UE de jeudi en cours du soir ?", "jeudi 24 novembre 2022 | TRS102 | !AST113", "000", Nov20)]
    [InlineData("le cours de politiques culturelles c'est quand ?", "CCE107", "000", Nov20)]
    // A weekday in a year without a grid: the grid's sessions on that weekday, never the same date of the grid's year.
    [InlineData("Y a-t-il cours le lundi en cours du soir ?", "séances le lundi | 3 octobre 2022 | !mardi", "000", "2026-12-06")]
    [InlineData("Est-ce que les cours du soir ont lieu le samedi ?", "aucune séance le samedi | samedi : cours en journée | !lundi 12 décembre", "000", "2026-12-06")]
    // What is left of an UE, from the user's date on.
    [InlineData("combien de séances de TRS103 reste-t-il en cours du jour ?", "il reste 2 séances à partir du jeudi 12 janvier 2023 | !16 novembre", "000", "2023-01-12")]
    [InlineData("How many TRS103 sessions do I have left in day classes?", "2 sessions left from Thursday 12 January 2023 | !exam date", "000", "2023-01-12")]
    [InlineData("combien de séances de CCE105 reste-t-il en cours du jour ?", "plus aucune séance à partir du jeudi 12 janvier 2023 | lundi 12 décembre 2022", "000", "2023-01-12")]
    // "quand" about the information meetings is the meetings' dates, not the classes'.
    [InlineData("Où et quand ont lieu les réunions d'information ?", "réunions d'information | !132 séances", "000", Nov20)]
    // Two questions in one: a fee and, asked with "when", the start.
    [InlineData("combien coûte la licence et quand commence-t-elle ?", "4 150 € | premier cours le **lundi 3 octobre 2022**", "000", Nov20)]
    // Which weekdays: the grid's class days counted by weekday.
    [InlineData("Quels jours de la semaine ont lieu les cours du soir de la licence ?", "cours le lundi (26), le mardi (28), le mercredi (28), le jeudi (28), le vendredi (22) | !132 séances", "000", "2026-12-06")]
    [InlineData("Which days are the day classes?", "classes on Monday (13), Tuesday (17)", "000", Nov20)]
    // Months offered as guesses for the start: the start is the answer, not what those months hold.
    [InlineData("Quand commence la formation, en septembre ou en octobre ?", "premier cours le **lundi 3 octobre 2022** | journée d'accueil le lundi 14 novembre 2022 | !pas de cours", "000", "2026-12-06")]
    // "y a-t-il cours" with a date: what the grid holds that day.
    [InlineData("Le 12 décembre y a-t-il cours en licence cours du soir ?", "lundi 12 décembre 2022 : AST118 | !s'organise autour", "000", Nov20)]
    [InlineData("on a cours le 1er mai ?", "1 mai 2023 : Férié", "000", Nov20)]
    [InlineData("When do registrations close in Réunion?", "31/10/2016 | 31/03/2017 | !Pièces à fournir", "004", Nov20)]
    // Whether one may join in a month: the registration dates, not that month's classes.
    [InlineData("est-ce que je peux commencer en février ?", "septembre et février | 31/03/2017 | !Je vérifie avec vous", "004", Nov20)]
    [InlineData("Can I start in February?", "give no registration dates at Cnam Paris | 31/03/2017 | !Wednesday 1 February", "004", Nov20)]
    // A UE in general: its hours by its credits, not the class hours.
    [InlineData("une UE c'est combien d'heures ?", "6 crédits = **45 h** de cours | 4 crédits = **30 h** | !18h15", "003", Nov20)]
    [InlineData("How many hours is a unit?", "6 credits = **45 h** of classes | !18h15", "003", Nov20)]
    [InlineData("combien d'heures de cours par jour ?", "9h30 - 17h | 18h15 - 21h15 | !crédits =", "000", Nov20)]
    public Task PlanningAnswersGiveTheDocumentsDates(string question, string expected, string source, string today) =>
        AssertAnswerAsync(question, expected, source, today);

    [Theory]
    [InlineData("quels sont les jours fériés en cours du soir ?", "11 novembre 2022 | 1 mai 2023 | 8 mai 2023", "000")]
    [InlineData("quand sont les vacances à La Réunion ?", "17/12/2016 | 9/01/2017", "004")]
    // The Paris grids name no holidays: their weeks without classes are given, within the period asked if any.
    [InlineData("quand sont les vacances en cours du soir ?", "pas de cours du samedi 17 décembre 2022 au dimanche 1 janvier 2023 | reprise le lundi 2 janvier 2023 | 22 avril 2023 | ne nomme pas ces périodes | !Férié", "000")]
    [InlineData("quand sont les vacances de février en cours du jour ?", "11 février 2023 au dimanche 5 mars 2023 | !décembre 2022 | !Férié", "000")]
    [InlineData("When are the holidays in the evening course?", "no classes from Saturday 17 December 2022", "000")]
    // A holiday named by its day: the break around it only.
    [InlineData("il y a cours pendant les vacances de Noël en cours du soir ?", "pas de cours du samedi 17 décembre 2022 au dimanche 1 janvier 2023 | !avril 2023 | !février 2023", "000")]
    public Task HolidayAnswersGiveTheDocumentsDates(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    // Seeds 001/002 (LP110 internship), 003 (CPN42 Paris), 004 (La Réunion).
    [Theory]
    [InlineData("Quel est l'objectif du stage de la licence pro ?", "objectif du stage est double | conduite de projet", "002")]
    [InlineData("combien d'heures de stage pour la licence ?", "560 heures | 4 mois", "002")]
    [InlineData("le stage de la licence peut-il se faire dans deux structures ?", "une seule structure", "002")]
    [InlineData("combien de temps dure le stage du CASP ?", "3 mois", "003")]
    [InlineData("quel stage pour le CP29 à La Réunion ?", "un mois et demi", "004")]
    [InlineData("comment faire ma convention de stage en cours du soir ?", "12 jours | trois exemplaires | pascale.bonnet@lecnam.net | !NACREON", "002")]
    [InlineData("comment faire ma convention de stage en cours du jour ?", "Sandrine NACREON | 12 jours | !pascale.bonnet@lecnam.net", "002")]
    [InlineData("How many hours is the internship of the licence?", "560", "002")]
    // An experience stated in the question: the internship rule of eligibility.yaml applied to it.
    [InlineData("Je suis salarié d'une association d'insertion depuis 2 ans, dois-je faire le stage de la licence ?", "**Non**, avec 2 ans d'expérience dans l'insertion | 560 heures", "002")]
    [InlineData("J'ai 6 mois d'expérience en mission locale, dois-je faire le stage de la licence ?", "**Oui**, avec 6 mois d'expérience dans l'insertion | au moins un an", "002")]
    [InlineData("Je suis vendeuse depuis 5 ans, le stage du CASP à Paris est-il obligatoire pour moi ?", "**Oui**, avec 5 ans d'expérience hors du secteur social | 3 mois", "003")]
    [InlineData("I have 3 years of experience in a mission locale, do I need the licence internship?", "**No**, with 3 years of experience in insertion", "002")]
    // "la durée du stage" is the internship's length, never the programme's.
    [InlineData("Quelle est la durée du stage pour le CASP ?", "Stage — Titre CASP (CPN42) | 3 mois | !Durée et modalités", "003")]
    public Task InternshipAnswersGiveTheDocumentsRules(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    // Seed 000: bac+2 or more, else VAPP with experience in insertion; seed 003: bac level, VAE, VES.
    [Theory]
    [InlineData("j'ai un BTS, est-ce que je peux m'inscrire en licence ?", "oui | bac+2", "000")]
    // A validation route the programme's documents do not give: said so, with the routes they give.
    [InlineData("Peut-on faire une VAE pour la licence pro ?", "ne prévoient pas la VAE pour la Licence professionnelle | VAPP", "000")]
    [InlineData("J'ai un BTS ESF, la licence pro me sera accessible ?", "oui | bac+2", "000")]
    [InlineData("j'ai le bac et 5 ans d'expérience dans l'insertion, puis-je faire la licence ?", "VAPP | !oui", "000")]
    [InlineData("j'ai pas le bac, je peux faire la licence ?", "VAPP | !oui", "000")]
    [InlineData("j'ai pas le bac, je peux faire le CASP ?", "VAE | !oui", "003")]
    [InlineData("Can I apply to the licence with a BTS?", "yes", "000")]
    // An English profile asking which programme fits: each programme's verdict (the questionnaire is French), not
    // "which programme do you mean?", and a job centre is a workplace, not a question about jobs.
    [InlineData("I hold a bachelor's degree and I work in a job centre. Which programme fits me?", "Licence pro (LP110), Cnam Paris** | Yes**: with bachelor | Titre CASP (CPN42) | Certificat CP29 | !Which programme do you mean", "000")]
    [InlineData("I have no diploma but 6 years as a youth worker, what would you recommend?", "do not have the level required | VAPP | Yes**, with your work experience | VAE, VAP85: OU par la VAE", "000")]
    // No document sets an age condition: said first, then the conditions they give.
    [InlineData("Y a-t-il une limite d'âge pour s'inscrire ?", "aucune condition d'âge | bac+2 | !Pièces à fournir", "000")]
    [InlineData("Is there an age limit for the CASP?", "no age condition | niveau bac", "003")]
    // "Bac + 4 ans d'expérience": the bac and four years of work, not a bac+4.
    [InlineData("Bac + 4 ans d'expérience comme CIP, puis-je entrer en licence ?", "VAPP | !**Oui**", "000")]
    [InlineData("Is a bac required for the CASP?", "Entry — Titre CASP (CPN42) | niveau bac", "003")]
    // Routes one sentence of the document names together are one line.
    [InlineData("Quelles sont les conditions d'accès au CASP à La Réunion ?", "VAE, VAP85 : OU par la VAE | !VAE : OU", "004")]
    // One programme named among the titles that open the other: said first.
    [InlineData("le CASP permet-il d'entrer en licence ?", "Le titre Chargé d'accompagnement social et professionnel (CASP, CPN42) donne accès à la Licence professionnelle Intervention sociale (LP110) (Cnam Paris) : La licence professionnelle est ouverte", "000")]
    [InlineData("Does the CASP give access to the licence?", "gives access to the Licence professionnelle Intervention sociale (LP110) (Cnam Paris)", "000")]
    [InlineData("I would like to know if I can do the licence", "Entry — Licence pro (LP110) | bac+2 | !s'organise autour", "000")]
    // A profile and "possible ?": whether it lets one in, not the programme's overview.
    [InlineData("j'ai un bac pro et 2 ans d'expérience comme animateur, licence possible ?", "Avec bac pro, vous n'avez pas le niveau demandé | VAPP | !s'organise autour d'un tronc commun", "000")]
    [InlineData("Le bac est-il obligatoire pour le CASP ?", "Accès — Titre CASP (CPN42) | niveau bac | !Une formation professionnelle préparant", "003")]
    [InlineData("Does the CIP title give access to the licence?", "Entry — Licence pro (LP110) | titre CIP | !s'organise autour", "000")]
    [InlineData("J'ai validé une L2 de psychologie, puis-je entrer en licence pro intervention sociale ?", "**Oui** : avec L2", "000")]
    [InlineData("J'ai raté mon BTS, je n'ai que le bac, je peux faire la licence ?", "Avec bac, vous n'avez pas le niveau demandé | !8 300 €", "000")]
    [InlineData("Je suis titulaire du CASP, puis-je continuer en licence pro ?", "**Oui** : avec titre CASP", "000")]
    [InlineData("I have an associate degree (bac+2) and 2 years in social work, what are my options?", "Entry — Licence pro (LP110) | !has a common core and 2 tracks", "000")]
    // Admission asked with a modality named: the admission, not the modes of study.
    [InlineData("What are the admission steps for the CASP day course?", "Entry — Titre CASP (CPN42) | séance de positionnement | !Length and modes", "003")]
    [InlineData("Is there a placement test?", "Entry — | !Internships by programme", "000")]
    public Task AccessAnswersFollowThePersonalProfile(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    [Theory]
    [InlineData("qui contacter pour la licence ?", "par_intervention-sociale@lecnam.net", "000")]
    [InlineData("qui contacter pour l'anglais en cours du soir ?", "par_langues@lecnam.net | 01 58 80 86 88", "000")]
    [InlineData("qui contacter pour le CASP à Paris ?", "01 40 27 26 48", "003")]
    [InlineData("quel est le numéro de téléphone du Cnam La Réunion ?", "0262 42 28 37", "004")]
    [InlineData("Who should I contact for the CASP in Paris?", "01 40 27 26 48", "003")]
    // A person asked about by name: who they are and, without direct coordinates, whom to ask instead.
    [InlineData("Qui est Corinne Blondet ?", "Coordination pédagogique | secretariat.rncp3@cnam.fr | 01 40 27 26 48", "003")]
    // Where the classes are: the addresses the documents give, and where they give none, the contact to ask.
    [InlineData("Où ont lieu les cours à La Réunion ?", "18 rue Claude Chappe | rue Marius et Ary Leblond | rue Sully Brunet", "004")]
    [InlineData("J'habite à Saint-Pierre, où puis-je suivre les cours ?", "Cnam La Réunion | 18 rue Claude Chappe | St Louis | !Cnam Paris", "004")]
    [InlineData("j'habite au Tampon, quel est le centre le plus proche ?", "Cnam La Réunion | St Louis", "004")]
    [InlineData("Le centre de Saint-Louis, c'est où ?", "rue Marius et Ary Leblond | !Claude Chappe", "004")]
    [InlineData("Où se passent les cours de la licence pro ?", "ne donnent pas l'adresse des cours du Cnam Paris | par_intervention-sociale@lecnam.net", "000")]
    [InlineData("Where are the classes held in Paris?", "do not give the address | par_intervention-sociale@lecnam.net", "000")]
    [InlineData("Qui est la coordinatrice de la licence ?", "par_intervention-sociale@lecnam.net | !s'organise autour", "000")]
    [InlineData("qui est la coordinatrice du CASP ?", "Corinne Blondet", "003")]
    [InlineData("Who heads the licence Intervention sociale nationally?", "BIGI | !s'organise autour", "000")]
    // Which centres teach a programme: said first, then where each one is.
    [InlineData("quels centres proposent le CASP ?", "est proposé au Cnam Paris et au Cnam La Réunion | 18 rue Claude Chappe", "004")]
    [InlineData("Which centres offer the CP29?", "is offered at Cnam Paris and Cnam La Réunion", "004")]
    [InlineData("Where do the licence's day classes take place?", "do not give the address of the classes at Cnam Paris | !Length and modes", "000")]
    [InlineData("Where do the graduates of the CASP work?", "Jobs targeted by | !centres my documents give", "003")]
    [InlineData("What are the hours of the reception at St Louis?", "permanences de 15h00 à 21h00 | !Class hours", "004")]
    public Task ContactAnswersGiveTheDocumentsContacts(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    // What a programme leads to: its jobs, and the programmes the documents open to its holders.
    [Theory]
    [InlineData("Après le CASP, je peux faire quoi ?", "Conseiller en insertion | Poursuite d'études : la Licence professionnelle Intervention sociale (LP110) | premier cycle du Cnam", "000")]
    [InlineData("What can I do after the CASP?", "Further study: | LP110", "003")]
    [InlineData("Quels métiers après la licence ?", "Coordonnateur | !Poursuite d'études", "000")]
    // The certificate's documents list no jobs: said so, with how they present it.
    [InlineData("Le CP29, ça mène à quoi ?", "ne listent pas de métiers | accueillir les publics", "003")]
    public Task JobAnswersSayWhatAProgrammeLeadsTo(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    [Theory]
    // A message with no word is no missing information: the bot asks what the person wants to know.
    [InlineData("👍", "Que voulez-vous savoir")]
    [InlineData("?", "Que voulez-vous savoir")]
    // No document names a teacher: said, with whom to ask.
    [InlineData("quel prof pour AST107 ?", "ne nomment pas les enseignants")]
    [InlineData("Who teaches the licence?", "do not name the teachers")]
    // Asking for a person is asking for the contacts.
    [InlineData("je veux parler à un humain", "par_intervention-sociale@lecnam.net")]
    [InlineData("Can I talk to a human?", "par_intervention-sociale@lecnam.net")]
    // "aides financières" asks how to fund the programme, not for the bot's help.
    [InlineData("Il y a des aides financières ?", "Les tarifs dépendent de la formation")]
    // Leaving is not thanking, nor a new hello.
    [InlineData("au revoir", "Au revoir, et bonne continuation")]
    [InlineData("merci, bonne journée", "Au revoir, et bonne continuation")]
    [InlineData("thanks, goodbye", "Goodbye, and good luck")]
    // "ok" and "d'accord" acknowledge the last answer; they ask nothing the documents lack.
    [InlineData("ok", "Très bien ! Avez-vous une autre question ?")]
    [InlineData("d'accord", "Très bien ! Avez-vous une autre question ?")]
    [InlineData("got it", "All right! Any other question?")]
    public async Task AMessageTheDocumentsDoNotCoverGetsItsOwnReplyNotTheGenericMiss(string message, string expected)
    {
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message(message));
        var answer = Assert.Single(replies).Text ?? "";
        Assert.Contains(expected, answer);
        Assert.DoesNotContain("Je n'ai pas cette information", answer);
        Assert.DoesNotContain("I don't have this information", answer);
    }

    [Theory]
    // A parcours named as the subject of another question is not a question about the parcours.
    [InlineData("Planning complet du parcours culture 2022-2023 ?", "grille publiée est vide", "2 parcours au choix")]
    // A programme named with its validation: the routes its documents give, not the licence's VAPP.
    [InlineData("Je peux faire valider mon expérience pour obtenir le CASP sans suivre les cours ?", "**VAE**", "**VAPP**")]
    public async Task TheQuestionsSubjectDecidesWhatIsAnswered(string question, string expected, string unexpected)
    {
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message(question));
        var answer = Assert.Single(replies).Text ?? "";
        Assert.Contains(expected, answer);
        Assert.DoesNotContain(unexpected, answer);
    }

    [Theory]
    // Who is answering: an automated assistant, in the question's language, and how to reach a person.
    [InlineData("tu es un robot ?", "l'assistant automatique | pas une personne | qui contacter")]
    [InlineData("es-tu une vraie personne ?", "pas une personne")]
    [InlineData("Are you a bot?", "automated assistant | not a person")]
    [InlineData("qu'est-ce que tu sais faire ?", "Je réponds aux questions sur les formations | !Les formations que je connais")]
    public async Task SmallTalkIsAnsweredWithoutAMiss(string question, string expected)
    {
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message(question));
        AnswerText.AssertFragments(Assert.Single(replies).Text ?? "", expected, question);
    }

    [Fact]
    public async Task AMessageWithNoWordOfEitherLanguageIsAnsweredInTheConversationsLanguage()
    {
        var english = fixture.Conversation();
        await english.SendAsync(TestConversation.Message("How much does the licence cost?"));
        Assert.Contains("Goodbye, and good luck", (await english.SendAsync(TestConversation.Message("bye"))).Single().Text);
        Assert.Contains("All right!", (await english.SendAsync(TestConversation.Message("ok"))).Single().Text);
        // A French word is French, whatever came before.
        Assert.Contains("Avec plaisir", (await english.SendAsync(TestConversation.Message("merci"))).Single().Text);

        var french = fixture.Conversation();
        await french.SendAsync(TestConversation.Message("combien coûte la licence ?"));
        Assert.Contains("Au revoir, et bonne continuation", (await french.SendAsync(TestConversation.Message("bye"))).Single().Text);
    }

    [Theory]
    [InlineData("d'accord, et pour le CASP ?")]
    [InlineData("ok merci, et pour le CASP ?")]
    public async Task AFollowUpOpenedByAnAcknowledgementIsStillAFollowUp(string followUp)
    {
        var c = fixture.Conversation();
        await c.SendAsync(TestConversation.Message("combien coûte la licence en cours du soir ?"));

        var answer = (await c.SendAsync(TestConversation.Message(followUp))).Single().Text ?? "";

        Assert.Contains("Titre CASP (CPN42)", answer);
        Assert.Contains("tarifs", answer);
    }

    [Fact]
    public async Task HowToFollowAProgrammeIsNotAskedAsWhoMayEnter()
    {
        // "je peux faire" is how the question starts, not a request to check the entry conditions.
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message("Est-ce que je peux faire une partie de la formation et la finir plus tard ?"));
        var answer = Assert.Single(replies).Text ?? "";
        Assert.Contains("De quelle formation", answer);
        Assert.DoesNotContain("Accès", answer);
    }

    [Fact]
    public async Task AContactCardTwoIntentsLeadToIsGivenOnce()
    {
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message("Qui contacter pour un aménagement lié à mon handicap ?"));
        var answer = Assert.Single(replies).Text ?? "";
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer, "handi\\.cnam\\.fr"));
    }

    // Seed 004: documents to bring, withdrawal, exams.
    [Theory]
    [InlineData("quels documents fournir pour l'inscription à La Réunion ?", "CV detaille | lettre de motivation | 2 photographies | 118 €", "004")]
    [InlineData("What documents do I need to register in La Réunion?", "CV | lettre de motivation", "004")]
    [InlineData("comment annuler mon inscription à La Réunion ?", "10 jours | recommandé | 118 €", "004")]
    [InlineData("Est-ce que les UE sont valables à vie ?", "capitalisables à vie", "004")]
    [InlineData("puis-je me rétracter après mon inscription ?", "10 jours", "004")]
    [InlineData("quand sont les examens au Cnam La Réunion ?", "20/02/2017 | 3/07/2017 | 28/08/2017", "004")]
    [InlineData("combien de sessions d'examen par UE ?", "deux sessions", "004")]
    [InlineData("combien de fois peut-on passer un examen ?", "deux sessions | !sans se présenter", "004")]
    [InlineData("y a-t-il un rattrapage si je rate un examen ?", "deux sessions", "004")]
    // The mémoire is the defence's sheet: not the internship, nor the sheet where attendance is "obligatoire".
    [InlineData("C'est quoi le mémoire de la licence ?", "Soutenance du mémoire professionnel | CCE113", "000")]
    [InlineData("le mémoire c'est obligatoire ?", "Soutenance du mémoire professionnel | !Examens : organisation", "000")]
    [InlineData("Les cours sont-ils obligatoires ?", "2 présences par UE | !Suivre les cours sans", "004")]
    [InlineData("How many times can I retake an exam?", "deux sessions", "004")]
    [InlineData("peut-on suivre les cours sans passer les examens ?", "sans se présenter aux examens", "004")]
    [InlineData("quelle note faut-il pour valider une UE ?", "10/20", "004")]
    // The mark needed, asked in English: the sheet that gives one, not the exams' organisation.
    [InlineData("What is the pass mark?", "10/20 | !Les examens sont programmés", "004")]
    [InlineData("quand a lieu la soutenance du mémoire ?", "avoir soutenu le mémoire professionnel | 20 novembre 2023", "000")]
    [InlineData("When are the exams in La Réunion?", "20/02/2017", "004")]
    [InlineData("Après avoir déposé mon dossier à La Réunion, combien de jours pour annuler ?", "10 jours | !Pré-inscription en ligne", "004")]
    [InlineData("Can I get the CASP title through my work experience without attending all courses?", "VAE", "004")]
    // The defence of the mémoire, not the sessions of the UE on how to write it (CCE113), even with "day classes".
    [InlineData("When is the thesis defence for day classes?", "Soutenance du mémoire | 20 novembre 2023 | !7 sessions", "000")]
    // A UE's hours with a modality: the UE, not the programme's modes.
    [InlineData("ANG200 en journée : combien d'heures sur combien de jours ?", "ANG200 | 36h réparties sur 6 jours | !Durée et modalités", "000")]
    public Task RegistrationWithdrawalAndExamAnswersGiveTheDocumentsRules(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    [Theory]
    [InlineData("combien d'ECTS pour la licence ?", "60 ECTS", "000")]
    [InlineData("combien d'ECTS pour le CP29 ?", "54 ECTS", "004")]
    // A part of a title said with an UE word names that UE (the shipped catalogue).
    [InlineData("C'est quoi l'UE sur le marché du travail ?", "AST113 | Analyse du marché du travail", "000")]
    [InlineData("l'UE de politiques culturelles, elle vaut combien de crédits ?", "CCE107 | 4 ECTS", "000")]
    [InlineData("Combien d'ECTS vaut l'UE d'anglais ?", "ANG320 | 6 ECTS", "000")]
    [InlineData("Quelles sont les UE communes aux deux parcours ?", "Tronc commun | TRS103 | CCE113 | !AST113", "000")]
    [InlineData("Le CASP est-il accessible en alternance ?", "Alternance (La Réunion) | 1 journée de 7h | !Accès direct", "004")]
    [InlineData("Comment sont évaluées les UE du CASP à La Réunion ?", "TET003 | évaluation : 1 - rapport/dossier à rendre | examen sur table", "004")]
    [InlineData("La LP intervention sociale c'est un bac+ combien ?", "bac+3", "000")]
    [InlineData("c'est quoi l'UE TET003 ?", "8 ECTS | entretiens et questionnaires", "003")]
    [InlineData("combien de temps dure le CASP ?", "2 à 3 ans | 9 mois", "003")]
    [InlineData("le CASP est-il inscrit au RNCP ?", "RNCP | bac+2", "003")]
    [InlineData("Quel diplôme j'obtiens à la fin du CASP ?", "niveau de sortie | bac+2 | !Accès direct", "003")]
    [InlineData("What degree do I get after the licence?", "exit level | bac+3", "000")]
    // "c'est combien d'ECTS" asks credits, not a price.
    [InlineData("La licence, c'est combien d'ECTS et combien de temps ?", "60 ECTS | formation sur 1 an | !4 150 €", "000")]
    // "diplôme" is no "diplômé": the licence asked about is not a diploma held.
    [InlineData("elle donne quel diplôme la licence pro ?", "bac+3 | !**Oui**", "000")]
    [InlineData("Quelles conditions pour décrocher le titre CASP ?", "12 unités d'enseignement | 18 mois", "003")]
    [InlineData("Combien d'UE faut-il valider pour avoir la licence pro ?", "10 UE | tronc commun – 6 UE | !16 UE", "000")]
    [InlineData("combien d'UE dans le CASP ?", "12 modules", "003")]
    [InlineData("Le CASP permet-il de travailler à Pôle emploi ?", "Conseiller à l'emploi | Pôle emploi", "003")]
    [InlineData("Quels sont les objectifs de la licence pro ?", "Objectifs | Conduire des projets collectifs", "000")]
    [InlineData("Combien d'heures de cours pour une UE de 6 crédits ?", "6 crédits = 45 h | !9h30", "003")]
    public Task ProgrammeAnswersGiveTheDocumentsFacts(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);
}
