namespace Cnam.Bot.Tests.Questions;

/// <summary>Programmes: what the question is about (their subject, UE, level, credits, modes, length, where).</summary>
public sealed partial class TopicAnswerTests
{
    [Theory]
    // The CASP and the CP29 have no common core: each one's UE, the CP29's marked in the CASP's.
    [InlineData("Quelles UE sont communes au CASP et au CP29 ?", "TET099 | AST004 | [CP29] | !Je ne trouve pas", "003")]
    // The CP29 is not named among what gives access to the licence; the CASP, of which its UEs are part, is.
    [InlineData("Le CP29 donne-t-il accès à la licence ?", "ne citent pas le certificat professionnel CP29 parmi ce qui donne accès à la Licence | Les 6 UE du certificat professionnel CP29 | donne accès à la Licence professionnelle Intervention sociale (LP110) (Cnam Paris) | VAPP | !Accès — Certificat CP29", "003")]
    [InlineData("Does the CP29 give access to the licence?", "do not name | are also units of | VAPP | !Entry — Certificat CP29", "003")]
    [InlineData("le CASP permet-il d'entrer en licence ?", "donne accès à la Licence | !Accès — Titre CASP", "000")]
    // The conditions of both asked: each one's.
    [InlineData("Quelles sont les conditions d'accès au CASP et à la licence ?", "Accès — Titre CASP (CPN42), Cnam Paris | Accès — Licence pro (LP110) | !ne citent pas", "000")]
    // One programme's UE all in the other's: said first, from the two lists.
    [InlineData("Le CP29 permet-il d'accéder au CASP ?", "Les 6 UE du certificat professionnel CP29 (TET099, AST004, TRS001, CCE001, TET003, TET007) sont aussi des UE du titre", "003")]
    [InlineData("Does the CP29 count towards the CASP?", "The 6 units of the certificat professionnel CP29", "003")]
    // Asking to know more about a programme, in English, is its overview.
    [InlineData("Hello, I'd like to know more about the CASP title", "préparant aux métiers de l'accueil | !I don't have this information", "003")]
    [InlineData("Can I get some information about the CP29 certificate?", "CP29 | !I don't have this information", "003")]
    [InlineData("What does a social and professional support officer do?", "préparant aux métiers de l'accueil | !The programmes I know about", "003")]
    // A mode of study without a length is named alone, not with empty brackets.
    [InlineData("C'est quoi le CP29 ?", "Modalités : Cours du soir (HTT) ; | !()", "003")]
    // Work-study asked with "je peux faire": how the programme may be followed, not its entry conditions.
    [InlineData("Est-ce que je peux faire la licence en alternance ?", "**Non** : mes documents ne proposent pas la Licence professionnelle Intervention sociale (LP110) en alternance | Cours du soir | !Accès direct", "000")]
    // The hours of an UE: the credits/hours table of its own programme's document, else that none is given.
    [InlineData("Combien d'heures dure l'UE TET099 ?", "6 crédits = **45 h** | !€", "003")]
    // "c'est combien" is a price, "c'est combien d'heures" a volume.
    [InlineData("TET099 c'est combien d'heures ?", "6 crédits = **45 h** | !€", "003")]
    [InlineData("c'est combien d'heures de stage pour la licence ?", "560 heures | !€", "002")]
    // The internship's length beside its agreement: both, and no class hours.
    [InlineData("Combien d'heures de stage et qui signe la convention pour la licence ?", "560 heures | au moins 12 jours | !18h15", "002")]
    [InlineData("C'est quoi l'UE AST118 et elle dure combien d'heures ?", "4 ECTS | ne donnent pas le volume horaire | !Cours du jour (Paris) : formation sur 1 an", "000")]
    // Hours its description gives ("36h réparties sur 6 jours"): never said not given beside them.
    [InlineData("anglais ANG200 en journée : combien d'heures ?", "36h réparties sur 6 jours | !ne donnent pas le volume horaire", "000")]
    // English phrasings.
    [InlineData("Who is the CASP for?", "niveau bac | expérience professionnelle", "003")]
    [InlineData("Can I register online for the CP29 in Reunion?", "www.cnam.re | pré-inscription", "004")]
    [InlineData("When does the evening programme start in 2022?", "first class on **Monday 3 October 2022** | !Tuesday 4 October", "000")]
    // An UE's exam: no date in the documents, its assessment and the centre's exam sessions; never the defence.
    [InlineData("quand est l'examen de TET099 à La Réunion ?", "ne donnent pas la date de son examen | rapport/dossier à rendre | deux sessions d'examens | !Soutenance", "004")]
    [InlineData("c'est quand l'examen de TRS102 ?", "ne donnent pas la date de son examen | !Soutenance du mémoire", "000")]
    // Asked when, the UE's exam, not the dates of its classes; La Réunion's exam weeks for the semester that holds it.
    [InlineData("Quand ont lieu les examens de l'UE TRS103 ?", "ne donnent pas la date de son examen | !16 novembre 2022 | !mercredi", "000")]
    [InlineData("When is the TRS103 exam?", "do not give its exam date | !Wed 16 Nov 2022", "000")]
    // The classes asked too: their dates as well.
    [InlineData("Quand ont lieu les cours et l'examen de TRS103 ?", "ne donnent pas la date de son examen | 16 novembre 2022", "000")]
    [InlineData("quand est l'examen de PSY001 ?", "ne donnent pas la date de son examen | (semestre 1) | semaine du 20/02/2017 | du 28/08/2017 au 9/09/2017 | !3/07/2017 | !Début des cours", "004")]
    [InlineData("When is the TET003 exam?", "do not give its exam date | year-long | 20/02/2017 | 3/07/2017", "004")]
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
    [InlineData("Is the licence full time?", "Length and modes of the Licence | formation sur 1 an | !Class hours", "000")]
    // Two modalities named: each one's answer, not the first one's alone.
    [InlineData("Quelle différence entre cours du jour et cours du soir ?", "Cours du jour : | 9h30 - 17h | Cours du soir : | 18h15 - 21h15", "000")]
    [InlineData("What's the difference between the day and evening courses?", "Day classes: | 9h30 - 17h | Evening classes: | 18h15 - 21h15", "000")]
    // A mode of study at a centre: that centre's, not every centre's.
    // Working beside the day classes: the documents do not say whether it fits; the day's hours, and the other modes named.
    [InlineData("peut-on travailler en même temps que la licence en cours du jour ?", "ne disent pas si l'on peut travailler en suivant la Licence | À côté d'un emploi, ils décrivent aussi : cours du soir. | 9h30 - 17h | !**Oui**", "000")]
    [InlineData("can I keep my job and do the CASP in day classes?", "do not say whether one can work while following | evening classes, distance learning, work-study | !**Yes**", "003")]
    [InlineData("je travaille, puis-je faire la licence en cours du soir ?", "**Oui** : d'après mes documents, la Licence professionnelle Intervention sociale (LP110) se suit en cours du soir | 18h15 - 21h15", "000")]
    [InlineData("Y a-t-il des cours du soir à La Réunion ?", "Cours du lundi au vendredi de 17h à 21h (La Réunion) | !18h15 - 21h15", "004")]
    [InlineData("Do you have evening classes in La Réunion?", "Evening classes: | (La Réunion) | !(Paris)", "004")]
    // Whether a dissertation is to be written: the award conditions (a report, not a thesis, which is said), not the exams' organisation.
    [InlineData("Is there a dissertation in the CASP?", "My documents mention no thesis for the titre Chargé d'accompagnement social et professionnel | what they ask: | (Paris): | (La Réunion): | !Les examens sont programmés", "003")]
    // The hours in total are the length, not the class hours ("combien d'heures" is read whole).
    [InlineData("Combien d'heures au total pour le CASP ?", "Durée et modalités du titre | !Horaires des cours", "003")]
    // The hours the presentation gives (360h for the first 6 UE, 306h for the next 6), with the modes.
    [InlineData("Combien d'heures de cours au total pour le CASP ?", "Volume horaire donné par mes documents | (360h) | (306h) | Durée et modalités du titre | !Horaires des cours", "003")]
    [InlineData("How many hours of teaching in the CASP?", "Hours of teaching my documents give | (360h) | (306h) | !Class hours", "003")]
    [InlineData("Quel est le volume horaire du CP29 ?", "(360h) | !(306h)", "003")]
    // Two centres named: each centre's answer, whatever the topic; a centre that does not teach the programme is said so.
    [InlineData("les horaires du CASP à Paris et à La Réunion ?", "entre 18h et 21h30 | de 17h à 21h", "003")]
    [InlineData("Quelles sont les conditions d'accès au CP29 à Paris et à La Réunion ?", "Accès — Certificat CP29, Cnam Paris | Accès — Certificat CP29, Cnam La Réunion", "003")]
    [InlineData("les horaires de la licence à Paris et à La Réunion ?", "le Cnam La Réunion ne propose pas la Licence | 9h30 - 17h | !ne sont pas dans mes documents", "000")]
    // How often the classes meet at La Réunion: the modes, which give the frequency of the meetings.
    [InlineData("Combien de jours de cours par mois pour le CASP à La Réunion ?", "Fréquence des cours | regroupements | !Stage", "004")]
    [InlineData("How often are the CASP classes in Réunion?", "Fréquence des cours | regroupements", "004")]
    [InlineData("peut-on travailler en même temps que la formation ?", "Durée et modalités des formations | 18h15 - 21h15 | Cours du soir (HTT)", "000")]
    // The premises' accessibility is a disability question, not the entry conditions.
    [InlineData("Je suis en situation de handicap, les locaux sont accessibles ?", "handi.cnam.fr | !Accès —", "000")]
    // "accessible" beside a disability is the support, not everyone's entry conditions, unless those are asked by name.
    [InlineData("accessible aux personnes handicapées ?", "handi.cnam.fr | !Accès —", "000")]
    [InlineData("Is the CASP accessible for disabled people?", "handi.cnam.fr | !Entry —", "000")]
    // (A guard: the conditions asked by name stay.)
    [InlineData("je suis en situation de handicap, quelles sont les conditions d'accès à la licence ?", "handi.cnam.fr | Accès — Licence pro (LP110)", "000")]
    // "reconnue travailleur handicapé" is the disability, not a diploma's recognition.
    [InlineData("je suis reconnue travailleur handicapé, à qui m'adresser ?", "handi.cnam.fr | !Les formations que je connais", "000")]
    // The mémoire's tutor is the defence's sheet (CCE113, a tutor per person), not the internship's tutor.
    [InlineData("Qui est le tuteur pour le mémoire ?", "accompagnement individuel par un tuteur | CCE113 | !560 heures, soit", "000")]
    // "How long to get the licence" is its length, not its award conditions; "too late" at an age, no age condition.
    [InlineData("combien de temps pour avoir la licence en cours du soir", "formation sur 1 ou 2 ans | !Pour obtenir", "000")]
    // Spread over several years: the ways of following it, with their lengths (not only what obtaining it takes).
    [InlineData("est-ce qu'on peut valider la licence en plusieurs années ?", "Durée et modalités | formation sur 1 ou 2 ans", "000")]
    [InlineData("can I spread the licence over several years?", "Length and modes | formation sur 1 ou 2 ans", "000")]
    [InlineData("la licence peut-elle se faire sur plusieurs années ?", "Durée et modalités | formation sur 1 ou 2 ans", "000")]
    [InlineData("I'm 50, is it too late to apply?", "My documents set no age condition", "000")]
    [InlineData("quelle est la charge de travail personnel pour le CASP ?", "Chargé d'accompagnement social et professionnel | !Je n'ai pas cette information", "003")]
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
    // English named by its title with a modality: the English UE of that modality's timetable (ANG200 in day classes).
    [InlineData("combien d'heures d'anglais en cours du jour ?", "**ANG200** — Parcours d'apprentissage personnalisé : **6 ECTS** | 36h", "000")]
    [InlineData("How many hours of English in the day classes?", "**ANG200** — Parcours d'apprentissage personnalisé | 36h", "000")]
    [InlineData("l'anglais en cours du soir c'est quelle UE ?", "**ANG320** — Anglais professionnel : **6 ECTS**", "000")]
    // "télé-enseignement" is a mode, not the "enseignements" (the UE): how the distance classes run.
    [InlineData("Comment se déroule la formation CP29 à la Réunion en télé-enseignement ?", "Télé-enseignement (La Réunion) | plateforme de télé-enseignement | !TET003 Méthodes", "004")]
    // The rhythm of the classes: the modes with their frequency, not the presentation.
    [InlineData("quel est le rythme des cours du CASP à la Réunion ?", "6 regroupements | du lundi au vendredi de 17h à 21h | !a pour mission", "004")]
    // When the person works ("je travaille le soir") is not the mode asked ("en journée").
    [InlineData("je travaille le soir, puis-je suivre les cours en journée ?", "Cours du jour : | 9h30 - 17h | !18h15 - 21h15", "000")]
    [InlineData("I work in the evening, can I take day classes?", "Day classes: | 9h30 - 17h | !18h15 - 21h15", "000")]
    // A thesis asked of a programme whose award conditions ask a report, not a mémoire: said first; the licence's has one.
    [InlineData("y a-t-il un mémoire à rendre pour le CASP ?", "Mes documents ne parlent pas de mémoire pour le titre | rapport d'expérience en situations d'accompagnement", "003")]
    [InlineData("Is there a dissertation for the CP29 at La Réunion?", "My documents mention no thesis for the certificat professionnel CP29 | rapport de validation", "004")]
    // No programme named: the programmes whose award conditions ask a mémoire, and the others named; not "which programme?".
    [InlineData("Y a-t-il un mémoire à rendre ?", "Mes documents parlent d'un mémoire pour la Licence | ni pour le certificat professionnel CP29 | Avoir soutenu le mémoire professionnel | !De quelle formation", "000")]
    [InlineData("is there a dissertation?", "My documents speak of a thesis for the Licence | not for the titre", "000")]
    [InlineData("y a-t-il un mémoire à la Réunion ?", "ne parlent de mémoire ni pour le titre | rapport d'expérience | rapport de validation | !De quelle formation", "004")]
    [InlineData("y a-t-il un mémoire pour la licence ?", "Avoir soutenu le mémoire professionnel | !ne parlent pas de mémoire", "000")]
    // How many UE to validate: the award condition that counts them; the target public is the audience, not the jobs.
    [InlineData("Combien d'UE faut-il valider pour le CP29 ?", "La validation de ces 6 UE permet l'obtention du Certificat professionnel | !ne donne pas le total de crédits", "003")]
    [InlineData("Quel est le public visé par le titre CASP ?", "À qui s'adresse le titre | !Métiers visés", "003")]
    // Taught at both centres, none asked: whom each centre's documents address (La Réunion's employees, job seekers…).
    [InlineData("à qui s'adresse le CP29 ?", "À qui s'adresse le certificat professionnel CP29 (Paris) : | À qui s'adresse le certificat professionnel CP29 (La Réunion) : | Demandeurs d'emploi", "004")]
    // (A guard: the centre asked alone.)
    [InlineData("le CASP à la Réunion, c'est pour qui ?", "(La Réunion) : | Salariés en activité | !(Paris) :", "004")]
    // A parcours's jobs: the document gives the licence's, not each parcours'; that is said.
    [InlineData("le parcours culture, c'est pour quel métier ?", "ne distinguent pas les métiers selon le parcours | Chargé de projet socio-culturel", "000")]
    [InlineData("quels métiers après la licence ?", "Métiers visés par la Licence professionnelle | !ne distinguent pas", "000")]
    // A funding asked what it is: the documents name it only in the fees, which is said, then the fees that name it; a
    // name they never write ("OPCO", they say "Opca") is not said to be theirs.
    [InlineData("c'est quoi le DIF ?", "Mes documents n'expliquent pas ce qu'est « DIF » : ils le citent comme mode de financement | DIF : **650 €** | !Les formations que je connais", "003")]
    [InlineData("What is the DIF?", "My documents do not explain what \"DIF\" is | DIF : **650 €** | !The programmes I know", "003")]
    [InlineData("le CPF c'est quoi exactement ?", "Mes documents n'expliquent pas ce qu'est « CPF » : | 5 950 €", "000")]
    [InlineData("c'est quoi un OPCO ?", "!n'expliquent pas ce qu'est", "004")]
    [InlineData("combien coûte la licence avec le CPF ?", "5 950 € | !n'expliquent pas ce qu'est", "000")]
    // A UE named in English by a word of its French title; the mémoire as "thesis".
    [InlineData("How many credits is English worth?", "ANG320 | 6 ECTS | !Which programme", "000")]
    [InlineData("What is the sociology unit about?", "AST002 | Champs de la sociologie", "003")]
    [InlineData("When is the thesis defence?", "Soutenance du mémoire professionnel | !Organisation des examens", "000")]
    // "Where does … take place?" asks where; "When does … take place?" when.
    [InlineData("Where does the licence take place?", "do not give the address of the classes at Cnam Paris | par_intervention-sociale@lecnam.net", "000")]
    [InlineData("When does the licence take place?", "71 sessions | !address", "000")]
    // Class hours at a centre that does not teach the licence, no programme said: the programmes taught there.
    [InlineData("quels sont les horaires des cours à La Réunion ?", "du lundi au vendredi de 17h à 21h | Titre CASP (CPN42), Certificat CP29, La Réunion | !ne sont pas dans mes documents | !La Réunion) : du lundi", "004")]
    // No programme named: each programme's hours at the centre asked, not the licence's alone.
    [InlineData("à quelle heure sont les cours du soir à Paris ?", "Cours du soir (Licence pro (LP110), Paris) : 18h15 - 21h15 | Cours du soir (HTT) (Titre CASP (CPN42), Certificat CP29, Paris) : entre 18h et 21h30 | !La Réunion", "003")]
    // A programme taught at both centres, none asked: the other centre named with its modes, not left out.
    [InlineData("Bonjour, je m'intéresse au CP29", "(CP29, Cnam Paris) | Aussi au Cnam La Réunion : Cours du lundi au vendredi de 17h à 21h ; Télé-enseignement ; Alternance.", "004")]
    // (Guards: a centre asked, or a programme taught at one centre, name no other.)
    [InlineData("le CASP à la Réunion", "(CPN42, Cnam La Réunion) | !Aussi au Cnam", "004")]
    [InlineData("c'est quoi la licence pro ?", "(LP110, Cnam Paris) | !Aussi au Cnam", "000")]
    // Hours a week: the hours of a day, then how many days a week the licence's grids have.
    [InlineData("How many hours per week for the evening classes?", "18h15 - 21h15 | Class days a week (the licence's timetables): | On average 4.3 class days a week over the 31 weeks", "000")]
    [InlineData("combien d'heures par semaine en cours du soir à Paris ?", "18h15 - 21h15 | Jours de cours par semaine (plannings de la licence) : | En moyenne 4,3 jours de cours par semaine", "000")]
    [InlineData("what time are the evening classes in Paris?", "18h15 - 21h15 | CASP title (CPN42), CP29 certificate, Paris): entre 18h et 21h30 | !La Réunion", "003")]
    // Enrolling "en cours d'année" asks when registrations are open, not the entry conditions.
    [InlineData("je peux m'inscrire en cours d'année ?", "septembre et février | clôture des inscriptions du 2nd semestre", "003")]
    [InlineData("Can I enrol mid-year?", "septembre et février | !Direct entry", "003")]
    // Only the licence has parcours, so only it has a common core: asked without a programme, it is the licence's.
    [InlineData("Which UE are in the common core?", "Common core of the Licence | TRS103 | !Which programme", "000")]
    // "UEs", the English plural: the list of UE, not the overview.
    [InlineData("Which UEs are in the CP29?", "The UE of the certificat professionnel CP29 | TET099", "003")]
    [InlineData("How many UEs in the licence?", "The UE of the Licence professionnelle | TRS103", "000")]
    // Asking for someone else ("elle peut s'inscrire ?") asks the entry conditions, not the papers to file.
    [InlineData("ma fille a 19 ans et le bac, elle peut s'inscrire au CP29 ?", "niveau bac | !un CV détaillé", "003")]
    // Enrolling in a programme taught at both centres, no centre said: La Réunion's papers and how Paris's document says
    // to enrol (its open days), the certificate's from the titre's document; a centre said gets its own papers only.
    [InlineData("Comment s'inscrire au CASP ?", "selon le centre | www.cnam.re | Portes ouvertes d'information, d'orientation et d'inscriptions", "004")]
    [InlineData("How do I register for the CP29?", "by centre: | Pré-inscription en ligne | Portes ouvertes d'information | !un CV détaillé", "004")]
    [InlineData("quelles pièces pour s'inscrire au CASP à La Réunion ?", "un CV détaillé | !Portes ouvertes", "004")]
    // The mark to pass a UE: only La Réunion's documents give one; asked at Paris, said so, then theirs as theirs.
    [InlineData("Quelle est la note minimale pour valider une UE à Paris ?", "Les documents du Cnam Paris ne donnent pas de note minimale | ceux du Cnam La Réunion | 10/20 | !Soutenance", "004")]
    [InlineData("Quelle note minimale pour valider une UE au Cnam Réunion ?", "10/20 | !ne donnent pas", "004")]
    [InlineData("Quelle note faut-il pour valider une UE à Paris ?", "Les documents du Cnam Paris ne donnent pas de note minimale | 10/20 | !Soutenance", "004")]
    [InlineData("What mark do I need to pass a UE?", "10/20", "004")]
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
    // An English profile with no question (answered, not taken by the questionnaire): what it opens, programme by programme.
    [InlineData("I have a high school diploma", "you do not have the level required for direct entry | VAPP | **Yes**", "000")]
    // Following the programme while working: its modes of study (the evening classes are "hors temps de travail").
    [InlineData("peut-on suivre le CASP sur son temps de travail ?", "Cours du soir (HTT) | Cours en journée", "003")]
    // Two programmes compared: side by side (levels, credits, centres, modes), not each one's whole overview.
    [InlineData("c koi la diff entre le CASP et la licence", "donne accès à la Licence | **Titre CASP (CPN42)** — accès : niveau bac ; niveau de sortie : bac+2 (niveau III) ; 120 ECTS | **Licence pro (LP110)** — accès : bac+2 ; niveau de sortie : bac+3 ; 60 ECTS ; Cnam Paris | !s'organise autour", "000")]
    [InlineData("What's the difference between the CASP and the CP29?", "are also units of | **CP29 certificate** — entry: niveau bac; exit level: bac+1; 54 ECTS", "004")]
    [InlineData("quelle est la différence de prix entre le CASP et le CP29 ?", "11 952 € | !niveau de sortie", "003")]
    // The programmes whose jobs are the one wanted; not the programme's coordinator.
    [InlineData("je veux devenir coordinatrice de projet, quelle formation ?", "Métiers visés par la Licence | Coordonnateur de projet | !Coordination pédagogique", "000")]
    [InlineData("quel diplôme pour être conseiller en insertion ?", "Métiers visés par la Licence | Métiers visés par le titre | !Accès —", "000")]
    // Which parcours a UE belongs to: the UE's detail, not the list of the parcours.
    [InlineData("l'UE TRS107 est dans quel parcours ?", "**TRS107** | parcours insertion professionnelle | !2 parcours au choix", "000")]
    [InlineData("In which track is AST113?", "**AST113** | professional integration track", "000")]
    // No programme named, a subject found in UE titles: those UEs with their programmes, not "which programme?".
    [InlineData("quelle UE parle de psychologie ?", "parle de « psychologie » | **PSY001** | CPN42 (Paris) | !De quelle formation", "003")]
    [InlineData("y a-t-il une UE de communication ?", "**CCE105** | **CCE001** | **CCE003** | LP110 (Paris)", "000")]
    // The programmes of the centre named; two centres and nothing asked: each centre's.
    [InlineData("quelles formations à la Réunion ?", "Les formations que je connais au Cnam La Réunion | CPN42, La Réunion | CP29, La Réunion | !LP110", "004")]
    [InlineData("vous faites quoi comme formations ?", "Les formations que je connais | LP110, Paris | CPN42, La Réunion | !Métiers : .", "000")]
    // Working full time beside the programme: the ways of following each one, not "which programme?".
    [InlineData("est-ce compatible avec un emploi à temps plein ?", "Cours du soir | 2 à 3 ans en fonction de vos disponibilités | !De quelle formation", "000")]
    // A closed question naming one modality: yes or no first, for the programme or the parcours named.
    [InlineData("le parcours culture se fait en cours du jour ?", "**Non** : d'après mes documents, le parcours Insertion par la culture ne se suit pas en cours du jour, seulement en cours du soir", "000")]
    [InlineData("Is there a daytime option for the culture track?", "**No**: according to my documents, the Insertion par la culture track is not offered as day classes", "000")]
    [InlineData("Can I do the CP29 online?", "**Yes**: according to my documents, the certificat professionnel CP29 is offered as distance learning at Cnam La Réunion", "004")]
    [InlineData("le CASP existe en alternance ?", "**Oui** : d'après mes documents, le titre Chargé d'accompagnement social et professionnel (CASP, CPN42) se suit en alternance au Cnam La Réunion", "004")]
    [InlineData("le CASP en alternance, c'est possible à Paris ?", "**Non** au Cnam Paris : d'après mes documents, le titre Chargé d'accompagnement social et professionnel (CASP, CPN42) se suit en alternance seulement au Cnam La Réunion", "003")]
    // The length asked of one programme: its presentation's hours first, when it gives them ("Les 6 premières UE (360h)").
    [InlineData("How long is the CP29?", "Hours of teaching my documents give: | (360h) | Length and modes of the certificat professionnel CP29", "003")]
    // (A guard: the licence gives no such hours; passed before too.)
    [InlineData("combien de temps dure la licence ?", "formation sur 1 an | !Volume horaire donné", "000")]
    // The documents are named by what they are, not by their number.
    [InlineData("combien de temps dure le CP29 ?", "La brochure du Cnam Paris (titre CASP et CP29) décrit les modalités | !document 003", "003")]
    [InlineData("combien de temps dure le CASP en cours du soir ?", "2 à 3 ans | !**Oui**", "003")]
    [InlineData("peut-on faire la licence en 2 ans en cours du jour ?", "formation sur 1 an | !**Oui**", "000")]
    // "worth it" is no number of credits.
    [InlineData("Is the CP29 worth it?", "Certificat professionnel | !is worth **54 ECTS", "003")]
    // Living far from both centres: every programme's ways of following it, the distance learning among them.
    [InlineData("j'habite à Lyon, je peux suivre la formation ?", "Durée et modalités des formations | Télé-enseignement | !De quelle formation", "000")]
    [InlineData("la licence se fait en cours du soir ou du jour ?", "Cours du soir | !**Oui**", "000")]
    // Someone who works: the modes outside the working day first, the day classes last; "à temps plein" is their job.
    [InlineData("Est-ce que je peux suivre la formation tout en travaillant à temps plein ?", "À côté d'un emploi | cours du soir, formation à distance (FOAD), alternance | Licence pro (LP110), Cours du soir", "000")]
    [InlineData("Can I do the licence while working full time?", "Beside a job | evening classes; the day classes come last", "000")]
    [InlineData("c'est mieux à Paris ou à la Réunion ?", "au Cnam Paris | LP110, Paris | au Cnam La Réunion | CPN42, La Réunion", "004")]
    // One centre alone: what it teaches.
    [InlineData("le cnam de la reunion", "Les formations que je connais au Cnam La Réunion | CPN42, La Réunion | !LP110, Paris", "004")]
    // Where the person lives: how each programme can be followed (the licence in Paris only, La Réunion's ways).
    [InlineData("j'habite à Lyon, je peux suivre la licence ?", "Durée et modalités de la Licence | Cours du jour (Paris) | Cours du soir (Paris)", "000")]
    [InlineData("j'habite à la Réunion, quelles formations ?", "Titre CASP (CPN42), Télé-enseignement (La Réunion) | !De quelle formation", "004")]
    // Hesitating or choosing between two programmes is comparing them.
    [InlineData("je c pa koi choisir entre casp et licence", "**Titre CASP (CPN42)** — accès : niveau bac | **Licence pro (LP110)** — accès : bac+2 | !s'organise autour", "000")]
    [InlineData("j'hésite entre le CASP et la licence", "**Titre CASP (CPN42)** — accès : niveau bac | **Licence pro (LP110)** — accès : bac+2 | !s'organise autour", "000")]
    [InlineData("I'm torn between the CASP and the licence", "**CASP title (CPN42)** — entry: niveau bac | **Licence pro (LP110)** — entry: bac+2", "000")]
    // A competitive exam asked: the entry conditions, which set none.
    [InlineData("Faut-il passer un concours pour entrer au CASP ?", "Accès — Titre CASP (CPN42) | séance de positionnement", "003")]
    [InlineData("la licence est-elle sélective ?", "Accès — Licence pro (LP110) | bac+2", "000")]
    // Paraphrases of the development set's questions, in other words.
    [InlineData("What does a CASP do day to day?", "accueille | diagnostic | insertion", "003")]
    [InlineData("Comment obtient-on le titre CASP ?", "12 unités d'enseignement | 18 mois | !Une formation professionnelle préparant", "003")]
    [InlineData("What are the requirements to be awarded the CASP title?", "To obtain the titre | 12 unités | 18 mois | !Direct entry", "003")]
    [InlineData("J'ai travaillé 2 ans comme caissière, est-ce que ça compte pour l'expérience du titre CASP ?", "18 mois | 3 mois", "003")]
    [InlineData("For the CASP title, do 18 months in retail count as experience?", "18 mois | 3 mois", "003")]
    [InlineData("la LP110 donne quel niveau de diplôme à la sortie ?", "bac+3 | !Accès —", "000")]
    [InlineData("18 mois d'expérience dans le commerce, c'est bon pour le titre CASP ?", "18 mois | 3 mois", "003")]
    [InlineData("J'ai un BTS, c'est bon pour la licence ?", "**Oui** : avec le diplôme indiqué (BTS)", "000")]
    [InlineData("combien de temps pour valider le CASP en cours du soir ?", "2 à 3 ans | !jury national", "003")]
    [InlineData("quelle est la durée des séances de cours ?", "18h15 - 21h15 | 9h30 - 17h | !132 séances", "000")]
    [InlineData("Where is Cnam La Réunion located?", "The Cnam La Réunion centres my documents give | 18 rue Claude Chappe", "004")]
    public Task ProgrammeAnswersReadTheQuestionsSubject(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);
}
