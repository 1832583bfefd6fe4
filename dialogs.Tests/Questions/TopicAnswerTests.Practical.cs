using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

/// <summary>Contacts and places; registration, withdrawal and exams.</summary>
public sealed partial class TopicAnswerTests
{
    [Theory]
    [InlineData("qui contacter pour la licence ?", "par_intervention-sociale@lecnam.net", "000")]
    [InlineData("qui contacter pour l'anglais en cours du soir ?", "par_langues@lecnam.net | 01 58 80 86 88", "000")]
    [InlineData("qui contacter pour le CASP à Paris ?", "01 40 27 26 48 | !info@cnam.re", "003")]
    // A town of La Réunion where the documents give no site: that said, with the sites they give.
    [InlineData("y a-t-il des cours à Saint-Pierre ?", "Mes documents ne citent pas de lieu de cours dans cette commune | Centre d'enseignement de St Louis | 18 rue Claude Chappe", "004")]
    [InlineData("j'habite au Tampon, où sont les cours ?", "ne citent pas de lieu de cours dans cette commune | St Benoît", "004")]
    // (A guard: the fees of La Réunion for a town of La Réunion, no place said; passed before too.)
    [InlineData("combien coûte le CASP à Saint-Pierre ?", "60 € | !ne citent pas de lieu de cours", "004")]
    // No centre said: whom to ask at each centre that teaches it.
    [InlineData("qui contacter pour le CASP ?", "01 40 27 26 48 | info@cnam.re", "004")]
    // A person asked for, not the bot: it says what it is, then whom to talk to.
    [InlineData("je veux parler à un humain", "Je suis un assistant automatique : pour parler à une personne, contactez : | par_intervention-sociale@lecnam.net", "000")]
    [InlineData("can I talk to a real person?", "I am an automated assistant: to talk to a person, contact: | info@cnam.re", "004")]
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
    [InlineData("Les cours ont lieu où exactement à Paris ?", "ne donnent pas l'adresse des cours du Cnam Paris | !conventions de stage", "000")]
    // "à qui dois-je m'adresser" asks whom to contact.
    [InlineData("A qui dois-je m'adresser pour l'anglais des cours du soir ?", "Communication en langues étrangères (CLE) | par_langues@lecnam.net | !Durée et modalités", "000")]
    // "a lieu où" asks where, not the classes' dates; with "quand" both.
    [InlineData("la formation a lieu où ?", "Les centres du Cnam La Réunion | ne donnent pas l'adresse des cours du Cnam Paris | !séances du", "004")]
    [InlineData("quand et où ont lieu les cours du soir ?", "ne donnent pas l'adresse | 3 octobre 2022", "000")]
    // When the licence's exams are: its documents date no exam session, said before what they say of the assessment.
    [InlineData("quand sont les examens de la licence ?", "ne donnent pas de dates d'examens pour la Licence | Soutenance du mémoire", "000")]
    [InlineData("when are the exams for the licence?", "give no exam dates for the Licence", "000")]
    [InlineData("Where are the classes held in Paris?", "do not give the address | par_intervention-sociale@lecnam.net", "000")]
    [InlineData("Qui est la coordinatrice de la licence ?", "par_intervention-sociale@lecnam.net | !s'organise autour", "000")]
    [InlineData("qui est la coordinatrice du CASP ?", "Corinne Blondet", "003")]
    [InlineData("Who heads the licence Intervention sociale nationally?", "BIGI | !s'organise autour", "000")]
    // Which centres teach a programme: said first, then where each one is.
    [InlineData("quels centres proposent le CASP ?", "est proposé au Cnam Paris et au Cnam La Réunion | 18 rue Claude Chappe", "004")]
    [InlineData("Where can I do the CP29?", "is offered at Cnam Paris and Cnam La Réunion | 18 rue Claude Chappe | !Direct entry", "004")]
    [InlineData("Which centres offer the CP29?", "is offered at Cnam Paris and Cnam La Réunion", "004")]
    [InlineData("Where do the licence's day classes take place?", "do not give the address of the classes at Cnam Paris | !Length and modes", "000")]
    [InlineData("Where do the graduates of the CASP work?", "Jobs targeted by | !centres my documents give", "003")]
    [InlineData("What are the hours of the reception at St Louis?", "permanences de 15h00 à 21h00 | !Class hours", "004")]
    [InlineData("Quels sont les horaires d'ouverture de l'accueil ?", "8h15 à 12h30", "004")]
    // Opening hours of classes of a modality are the classes' hours.
    [InlineData("What are the opening hours of evening classes in Réunion?", "17h | !8h15 à 12h30", "004")]
    // Who handles the internships: the internship contacts, not the internship rules; "internships" is "stage" too.
    [InlineData("Qui s'occupe des stages en cours du soir ?", "conventions de stage des cours du soir | pascale.bonnet@lecnam.net", "002")]
    // Who validates it: the tutor ("valide" finds "la validation du stage").
    [InlineData("Qui valide le stage de la licence pro ?", "effectuées par le tuteur du stage", "002")]
    [InlineData("qui note le stage ?", "effectuées par le tuteur du stage | !Examens : organisation", "002")]
    [InlineData("peut-on faire le stage à l'étranger ?", "ne parlent pas de stage à l'étranger | 560 heures", "002")]
    [InlineData("Can I do my internship abroad?", "say nothing of an internship abroad", "002")]
    [InlineData("Who signs off the internship for the licence?", "effectuées par le tuteur du stage", "002")]
    [InlineData("Who deals with internships for evening classes?", "pascale.bonnet@lecnam.net | !par_langues", "002")]
    [InlineData("What are the contact details for the internship?", "Référent stage", "002")]
    // An e-mail address is a contact, not where the classes are.
    [InlineData("What is the email address of the licence coordinator?", "par_intervention-sociale@lecnam.net | !do not give the address", "000")]
    // The tutor: the documents name the person in charge of tutoring, not each learner's tutor.
    [InlineData("qui est mon tuteur pour le mémoire ?", "responsable du tutorat", "002")]
    [InlineData("Who is my tutor for the thesis?", "responsable du tutorat", "002")]
    [InlineData("Who is the contact for internships in the licence?", "Référent stage | par_intervention", "002")]
    // "un conseiller" is someone to talk to, not La Réunion's validation counsellor alone; that one is found by its name.
    [InlineData("je voudrais parler à un conseiller", "par_intervention-sociale@lecnam.net | info@cnam.re | !Conseillère en validation", "000")]
    [InlineData("I'd like to speak to an advisor", "par_intervention-sociale@lecnam.net | info@cnam.re | !Conseillère en validation", "000")]
    [InlineData("je voudrais un rendez-vous avec la conseillère en validation", "Conseillère en validation (VAE, VAP85, VES) | 0262 42 28 37", "004")]
    [InlineData("les cours ont lieu où à la Réunion ?", "Centre régional du Port | !Calendrier prévisionnel", "004")]
    [InlineData("le Cnam Réunion est où ?", "Centre régional du Port | 18 rue Claude Chappe | !Je n'ai pas cette information", "004")]
    // Who is in charge, who directs: the programme's head first.
    [InlineData("Who's in charge of the CASP in Paris?", "Frédéric Rey", "003")]
    [InlineData("qui est en charge du CASP à Paris ?", "Frédéric Rey | !Une formation professionnelle", "003")]
    [InlineData("qui dirige la licence ?", "Responsable nationale", "000")]
    // Opening hours asked of contacts the documents give none for: said first; La Réunion's reception has them.
    [InlineData("quels sont les horaires du secrétariat ?", "ne donnent pas d'horaires d'ouverture pour ce contact | 01 40 27 26 48", "003")]
    [InlineData("quels sont les horaires d'ouverture de l'accueil à la Réunion ?", "du lundi au jeudi de 8h15 à 12h30 | !ne donnent pas d'horaires", "004")]
    // A contact that only echoes a word of the question ("head", the internship's "responsable du tutorat") is left out.
    [InlineData("Who's the national head of the programme?", "Responsable nationale | !Référent stage", "000")]
    // A telephone number asked: the contacts with one; none for the licence, and that is said before its e-mail.
    [InlineData("le numéro de téléphone du Cnam Paris svp", "01 40 27 26 48 | !par_langues", "003")]
    [InlineData("What's the phone number for the CASP in Paris?", "01 40 27 26 48", "003")]
    [InlineData("numéro de téléphone de la licence pro ?", "ne donnent pas de numéro de téléphone pour la Licence professionnelle | par_intervention-sociale@lecnam.net | !01 58 80 86 88", "000")]
    [InlineData("le téléphone pour l'anglais en cours du soir ?", "01 58 80 86 88", "000")]
    // Where, typed as a text message: the centres' addresses, not the internship agreement's contacts.
    [InlineData("c ou les cours a paris", "ne donnent pas l'adresse des cours du Cnam Paris | !convention", "000")]
    [InlineData("c ou les cours a la reunion ?", "18 rue Claude Chappe | !convention", "004")]
    // "sont où", "se fait où" at the end of the question; "ou" typed for "or" before another choice asks no place.
    [InlineData("les cours sont où ?", "18 rue Claude Chappe | ne donnent pas l'adresse des cours du Cnam Paris", "004")]
    [InlineData("les cours du CASP sont où ?", "18 rue Claude Chappe | ne donnent pas l'adresse des cours du Cnam Paris", "004")]
    [InlineData("la licence se fait où ?", "ne donnent pas l'adresse des cours du Cnam Paris | !Claude Chappe", "000")]
    [InlineData("les cours sont ou le soir ou le samedi ?", "samedi | !Claude Chappe | !ne donnent pas l'adresse", "000")]
    // A head asked at a centre whose documents name none: said, with the head named at the other centre, then whom to ask.
    [InlineData("Qui est le responsable du CASP à la Réunion ?", "ne nomment pas de responsable du titre | au Cnam La Réunion | Frédéric Rey | Au Cnam La Réunion, contactez | info@cnam.re", "004")]
    [InlineData("Who is in charge of the CASP in Reunion?", "name no head of | Frédéric Rey | At Cnam La Réunion, contact | info@cnam.re", "004")]
    [InlineData("Qui est le responsable du CASP ?", "Frédéric Rey | !ne nomment pas", "003")]
    // Another subject's responsible asked: that subject's answer, no head of the programme.
    [InlineData("qui est responsable des stages du CASP à la Réunion ?", "3 mois | !ne nomment pas de responsable | !Frédéric Rey", "004")]
    public Task ContactAnswersGiveTheDocumentsContacts(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    // Asked when, the exam weeks come first; how the exams are organised follows. The same for the internship's dates.
    [Theory]
    [InlineData("quand ont lieu les examens du premier semestre à La Réunion ?", "20/02/2017", "Les examens sont programmés à la fin")]
    [InlineData("When are the exams in La Réunion?", "20/02/2017", "Les examens sont programmés à la fin")]
    [InlineData("What are the exam dates in Reunion?", "20/02/2017", "Les examens sont programmés à la fin")]
    // An internship where one works: that no document says comes first, then the rules that bear on it, then each
    // programme's internship; how long and who must do one are the list's, which comes first for them.
    [InlineData("peut-on faire le stage dans la structure où je travaille ?", "ne disent pas si le stage peut se faire chez votre employeur", "Le stage doit être réalisé dans une seule structure")]
    [InlineData("Can I do the internship with my employer?", "do not say whether the internship can be done with your employer", "La structure d'accueil")]
    [InlineData("le stage peut-il se faire dans plusieurs structures ?", "Le stage doit être réalisé dans une seule structure", "Les stages selon la formation")]
    [InlineData("le stage est-il obligatoire ?", "Les stages selon la formation", "En réponse à votre question")]
    // The internship's dates asked: that no document gives them comes first, before the classes of the grid.
    [InlineData("Quelles sont les dates de la période de stage en cours du jour ?", "Mes documents ne donnent pas les dates du stage", "71 séances")]
    public async Task WhatIsAskedWhenComesFirst(string question, string first, string then)
    {
        var replies = await fixture.Conversation(now: new DateTimeOffset(2022, 11, 20, 10, 0, 0, TimeSpan.FromHours(1)))
            .SendAsync(TestConversation.Message(question));
        var answer = Assert.Single(replies).Text ?? "";
        Assert.Contains(first, answer);
        Assert.Contains(then, answer);
        Assert.True(answer.IndexOf(first, StringComparison.Ordinal) < answer.IndexOf(then, StringComparison.Ordinal), answer);
    }

    // Seed 004: documents to bring, withdrawal, exams.
    [Theory]
    [InlineData("quels documents fournir pour l'inscription à La Réunion ?", "CV detaille | lettre de motivation | 2 photographies | 118 €", "004")]
    [InlineData("What documents do I need to register in La Réunion?", "CV | lettre de motivation", "004")]
    // Only La Réunion's documents list the papers: asked for Paris, the answer says so and gives whom to ask.
    [InlineData("quels documents fournir pour s'inscrire à Paris ?", "ne donnent pas la liste des pièces à fournir pour s'inscrire au Cnam Paris | par_intervention-sociale@lecnam.net | !Portes ouvertes", "000")]
    [InlineData("What documents do I need to apply in Paris?", "do not list the papers to provide to enrol at Cnam Paris | !Portes ouvertes", "000")]
    [InlineData("comment annuler mon inscription à La Réunion ?", "10 jours | recommandé | 118 €", "004")]
    // How to pay, not the fees: what La Réunion's documents say of paying; Paris's say nothing, which is said with whom to ask.
    [InlineData("comment payer la formation ?", "Régler la formation — Cnam La Réunion | à l'ordre de l'AGCnam | exigibles dès le jour de l'inscription | ne disent pas comment régler la formation au Cnam Paris | par_intervention-sociale@lecnam.net | !4 150 €", "004")]
    [InlineData("je peux payer par chèque à la Réunion ?", "à l'ordre de l'AGCnam | !ne disent pas", "004")]
    [InlineData("How do I pay?", "Paying — Cnam La Réunion | AGCnam | do not say how to pay at Cnam Paris", "004")]
    // Applying is registering: the steps at each centre, not the entry conditions.
    [InlineData("How do I apply?", "How to register, by programme and centre | Pré-inscription en ligne | !Direct entry", "004")]
    // Paying in instalments: no document speaks of it; said first, then what they say of paying, and whom to ask.
    [InlineData("Est-ce que je peux payer en plusieurs fois ?", "ne parlent pas d'un paiement en plusieurs fois | AGCnam | Pour savoir si un paiement en plusieurs fois est possible | info@cnam.re | par_intervention-sociale@lecnam.net", "004")]
    [InlineData("paiement en 3 fois possible à la Réunion ?", "ne parlent pas d'un paiement en plusieurs fois | info@cnam.re | !Cnam Paris", "004")]
    [InlineData("Can I pay in instalments?", "say nothing of paying in instalments | AGCnam | info@cnam.re", "004")]
    [InlineData("comment payer la formation à la Réunion ?", "AGCnam | !plusieurs fois", "004")]
    [InlineData("Est-ce que les UE sont valables à vie ?", "capitalisables à vie", "004")]
    [InlineData("Quelle est la durée de validité d'une UE ?", "capitalisables à vie | !Les examens sont programmés", "004")]
    [InlineData("How long is a UE valid?", "capitalisables à vie", "004")]
    [InlineData("Do my units expire?", "capitalisables à vie | !Which programme", "004")]
    [InlineData("puis-je me rétracter après mon inscription ?", "10 jours", "004")]
    // Asked of a centre whose documents do not give the rule: said, with that centre's contact, then the rule given elsewhere.
    [InlineData("Peut-on se rétracter après l'inscription à Paris ?", "ne donnent pas cette règle pour le Cnam Paris | par_intervention-sociale@lecnam.net | Ce qu'ils disent ailleurs | 10 jours", "004")]
    // The meeting's "réunion d'info" is no word of La Réunion's reception sheet (its name, its info@cnam.re).
    [InlineData("la réunion d'info est obligatoire ?", "réunions d'information | !Pour tout renseignement", "003")]
    // A funder that "refunds" pays: the fees; a refund with a word of cancelling is the withdrawal's.
    [InlineData("la formation est-elle remboursée par pôle emploi ?", "Pôle emploi (France Travail) : **8 300 €** | !Résiliation", "000")]
    [InlineData("est-ce que le CPF rembourse la licence ?", "CPF : **5 950 €** | !Résiliation", "000")]
    [InlineData("les frais sont-ils remboursés si j'annule ?", "Résiliation et délai de rétractation", "004")]
    [InlineData("quand sont les examens au Cnam La Réunion ?", "20/02/2017 | 3/07/2017 | 28/08/2017", "004")]
    [InlineData("combien de sessions d'examen par UE ?", "deux sessions", "004")]
    [InlineData("combien de fois peut-on passer un examen ?", "deux sessions | !sans se présenter", "004")]
    [InlineData("y a-t-il un rattrapage si je rate un examen ?", "deux sessions", "004")]
    // The mémoire is the defence's sheet: not the internship, nor the sheet where attendance is "obligatoire".
    [InlineData("C'est quoi le mémoire de la licence ?", "Soutenance du mémoire professionnel | CCE113", "000")]
    // The exams asked with no programme: each programme's or centre's way (the licence's defence, the CASP's national jury,
    // La Réunion's sessions for all its programmes).
    [InlineData("comment se passent les examens à Paris ?", "Soutenance du mémoire professionnel | jury national | !Examens : organisation", "003")]
    [InlineData("Is there an exam at the end?", "Examens : organisation et sessions | jury national | Soutenance du mémoire professionnel | !Conditions de délivrance du certificat", "000")]
    [InlineData("le mémoire c'est obligatoire ?", "Soutenance du mémoire professionnel | !Examens : organisation", "000")]
    [InlineData("Les cours sont-ils obligatoires ?", "2 présences par UE | !Suivre les cours sans", "004")]
    [InlineData("How many times can I retake an exam?", "deux sessions", "004")]
    [InlineData("peut-on suivre les cours sans passer les examens ?", "sans se présenter aux examens", "004")]
    [InlineData("quelle note faut-il pour valider une UE ?", "10/20", "004")]
    // How UEs are passed: how they are assessed, not the UE titled "Rapport de validation", nor the list of UEs.
    [InlineData("comment se passe la validation des UE ?", "Modalités d'évaluation des UE | !UA2322 | !De quelle formation", "004")]
    [InlineData("How do I pass a unit?", "capitalisation | !UA2322", "004")]
    // The mark needed, asked in English: the sheet that gives one, not the exams' organisation.
    [InlineData("What is the pass mark?", "10/20 | !Les examens sont programmés", "004")]
    // The mark asked with words of the defence's sheet ("il faut avoir", "diplôme"): the sheet that gives a mark still answers it.
    [InlineData("Quelle moyenne faut-il pour avoir le diplôme ?", "10/20 | !Soutenance du mémoire", "004")]
    [InlineData("quelle note faut-il pour avoir le CP29 ?", "10/20 | !Les examens sont programmés", "004")]
    // How to register, naming neither programme nor centre: each one's way (Paris first), not La Réunion's papers alone.
    [InlineData("comment s'inscrire ?", "La démarche d'inscription selon la formation et le centre | par_intervention-sociale@lecnam.net | septembre et février | www.cnam.re | !un CV détaillé", "004")]
    // The CP29 at Paris is presented by the CASP's document: its open days and admission are the CP29's too.
    [InlineData("how do I register for the CP29 in Paris?", "Portes ouvertes d'information | !I do not have this information", "003")]
    [InlineData("comment s'inscrire au CP29 ?", "La démarche d'inscription du certificat | selon le centre | septembre et février | www.cnam.re | !un CV détaillé", "003")]
    [InlineData("how do I register?", "How to register, by programme and centre | réunions d'information | Pré-inscription en ligne", "000")]
    [InlineData("quelles pièces pour s'inscrire ?", "un CV détaillé | !La démarche d'inscription selon", "004")]
    // Whether one's work counts as the internship: the internship's rules, not whether one may enter; "my job" is no question
    // about jobs.
    [InlineData("je travaille dans une association d'insertion, est-ce que mon travail compte comme stage ?", "Les stages selon la formation | d'expérience professionnelle dans le domaine de l'insertion | !**Accès —", "002")]
    [InlineData("My job in a job centre, does it count as the internship?", "Internships by programme | !The jobs my documents give", "002")]
    // Finding an internship: the documents' "recherche du stage" (the licence's workshops, the titre's UAS004 workshop).
    [InlineData("qui trouve le stage ?", "En réponse à votre question : | l'aide à la recherche du stage pratique | Atelier recherche documentaire, recherche de stage", "000")]
    [InlineData("comment trouver un stage pour la licence ?", "l'aide à la recherche du stage pratique", "000")]
    // (A guard: the titre's internship lines already named its workshop.)
    [InlineData("how do I find an internship for the CASP?", "recherche de stage", "003")]
    // When the internship comes: no document dates it, said first with what the modes say of it (the day classes' year).
    [InlineData("Quand est la période de stage en cours du jour ?", "ne donnent pas les dates du stage | cours de novembre 2022 à juillet 2023, avec une période de stage pratique | 560 heures | !ATELIER", "000")]
    [InlineData("When is the internship in day classes?", "do not date the internship | période de stage pratique", "000")]
    [InlineData("quand faut-il faire le stage du CASP ?", "ne donnent pas les dates du stage | 3 mois", "003")]
    [InlineData("quand a lieu la soutenance du mémoire ?", "avoir soutenu le mémoire professionnel | 20 novembre 2023", "000")]
    [InlineData("When are the exams in La Réunion?", "20/02/2017", "004")]
    [InlineData("Après avoir déposé mon dossier à La Réunion, combien de jours pour annuler ?", "10 jours | !Pré-inscription en ligne", "004")]
    [InlineData("Can I get the CASP title through my work experience without attending all courses?", "VAE", "004")]
    // The defence of the mémoire, not the sessions of the UE on how to write it (CCE113), even with "day classes".
    [InlineData("When is the thesis defence for day classes?", "Soutenance du mémoire | 20 novembre 2023 | !7 sessions", "000")]
    // A UE's hours with a modality: the UE, not the programme's modes.
    [InlineData("ANG200 en journée : combien d'heures sur combien de jours ?", "ANG200 | 36h réparties sur 6 jours | !Durée et modalités", "000")]
    // Refunds of the fees are the withdrawal rules, not the fees; attendance and failing a UE are the exams' rules.
    [InlineData("Les frais d'inscription sont-ils remboursables ?", "Résiliation et délai de rétractation** | 118 € ne seront pas restitués", "004")]
    [InlineData("Is the registration fee refundable?", "délai de rétractation", "004")]
    [InlineData("Do I have to attend all the classes?", "2 présences par UE | !sans se présenter", "004")]
    [InlineData("que se passe-t-il si je rate une UE ?", "deux sessions", "004")]
    [InlineData("What happens if I fail a UE?", "deux sessions | !Which programme", "004")]
    // Repeating, a second sitting, the time one has to pass everything: the exams' rules, not the questionnaire.
    [InlineData("Est-ce que je peux redoubler ?", "deux sessions | !Quelle formation vous intéresse", "004")]
    [InlineData("Can I repeat the year?", "deux sessions | !Which programme", "004")]
    [InlineData("Combien de temps ai-je pour valider toutes les UE ?", "délai de 4 ans | !De quelle formation", "004")]
    // Absences are the attendance rule; registering online is the registration's, not distance learning.
    [InlineData("les absences sont-elles autorisées ?", "2 présences par UE et par semestre | !jury national", "004")]
    // Attendance at each centre: La Réunion's rules with their modes; Paris's documents say nothing of it, said with whom to ask.
    [InlineData("est-ce que les cours sont obligatoires à Paris ?", "ne disent pas si la présence aux cours est obligatoire au Cnam Paris | par_intervention-sociale@lecnam.net | !Les formations que je connais | !2 présences", "000")]
    [InlineData("faut-il être présent à tous les cours ?", "Présence aux cours — Cnam La Réunion | 2 présences par UE et par semestre sont obligatoires pour vous présenter aux examens. (Cours du lundi au vendredi de 17h à 21h, Télé-enseignement) | journée de 7 heures hebdomadaire. (Alternance) | ne disent pas si la présence aux cours est obligatoire au Cnam Paris | !Suivre les cours sans", "004")]
    [InlineData("la présence est-elle obligatoire en licence ?", "ne disent pas si la présence aux cours est obligatoire au Cnam Paris | !Soutenance du mémoire | !La Réunion", "000")]
    [InlineData("on peut rater des cours ?", "Présence aux cours — Cnam La Réunion | ne disent pas si la présence aux cours est obligatoire au Cnam Paris", "004")]
    [InlineData("c'est obligatoire d'aller en cours ?", "Présence aux cours — Cnam La Réunion | 2 présences par UE", "004")]
    [InlineData("Do I have to go to every class in Paris?", "do not say whether attending the classes is compulsory at Cnam Paris | !The programmes I know", "000")]
    [InlineData("is attendance compulsory for the CASP?", "Attending classes — Cnam La Réunion | do not say whether attending the classes is compulsory at Cnam Paris | 01 40 27 26 48", "003")]
    // Whether a UE is required is where it sits in its programmes, not its exam nor attendance.
    [InlineData("les cours d'anglais sont-ils obligatoires ?", "ANG320 | tronc commun | Au choix avec | !date de son examen", "000")]
    [InlineData("l'inscription se fait en ligne ?", "pré-inscription sur le site www.cnam.re | !télé-enseignement", "004")]
    // The next meeting asked with none scheduled (the shipped knowledge has none): said, then what the documents say.
    [InlineData("quand est la prochaine réunion d'info ?", "Aucune réunion d'information n'est programmée pour le moment ; ce que disent mes documents : | septembre et février", "003")]
    // Visiting the centre: the open days and information meetings, not only an address.
    [InlineData("peut-on visiter les locaux ?", "Portes ouvertes | réunions d'information", "003")]
    [InlineData("Can I visit the campus?", "Portes ouvertes | réunions d'information", "003")]
    public Task RegistrationWithdrawalAndExamAnswersGiveTheDocumentsRules(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);
}
