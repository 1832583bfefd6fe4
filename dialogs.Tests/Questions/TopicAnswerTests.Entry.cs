using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

/// <summary>Entry: access conditions for the profile stated, and the internship rules.</summary>
public sealed partial class TopicAnswerTests
{
    [Fact]
    public async Task WithAProfileTheVerdictComesBeforeTheFees()
    {
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message(
            "Hi! I'm a 42-year-old job seeker in Réunion with a bac and 5 years as a receptionist in a town hall. Which programme can I do and how much would it cost?"));
        var answer = Assert.Single(replies).Text ?? "";
        var verdict = answer.IndexOf("**Yes**: with the diploma you mention (bac)", StringComparison.Ordinal);
        var fees = answer.IndexOf("8 €", StringComparison.Ordinal);
        Assert.True(verdict >= 0 && fees > verdict, answer);
    }

    // Seed 000: bac+2 or more, else VAPP with experience in insertion; seed 003: bac level, VAE, VES.
    [Theory]
    // Exemptions: what the documents say of them and of units kept, then the routes that grant them first.
    // A diploma said to be enough or to give access gets its verdict; one only named ("faut-il un bac+2 ?") the conditions.
    [InlineData("What are the entry requirements for the bachelor's programme?", "Entry — Licence pro (LP110), Cnam Paris | VAPP | !Titre CASP", "000")]
    // A job seeker asking whether they may enter: no condition of situation, the fees they are given, then the conditions.
    [InlineData("jsuis au chomage je peux m inscrire ?", "**Oui** : mes documents ne font pas de la situation (emploi, chômage, retraite, études) une condition d'accès | Certificat CP29 (Cnam Paris, Cnam La Réunion) | Accès — Licence pro (LP110)", "000")]
    [InlineData("je suis retraitée, je peux m'inscrire ?", "**Oui** : mes documents ne font pas de la situation | Accès — Titre CASP (CPN42), Cnam Paris | !tarif pour les demandeurs d'emploi", "003")]
    [InlineData("I'm a student, can I apply for the CASP?", "**Yes**: my documents make no entry condition of one's situation | Entry — Titre CASP (CPN42), Cnam Paris", "003")]
    [InlineData("I'm unemployed, can I apply to the CASP?", "**Yes**: my documents make no entry condition of one's situation | CASP title (CPN42) (Cnam Paris, Cnam La Réunion) | Entry — Titre CASP (CPN42), Cnam Paris", "003")]
    // The award conditions with no centre said: each centre's, not the first one's alone.
    [InlineData("que faut-il pour obtenir le CASP ?", "(Paris) : | jury national | (La Réunion) : | Pour la délivrance du titre", "004")]
    // (A guard: the centre said, its conditions alone; passed before too.)
    [InlineData("que faut-il pour obtenir le CASP à Paris ?", "jury national | !Pour la délivrance du titre", "003")]
    // How a programme is awarded, in the passive: its award conditions, not the person's diploma (nor the questionnaire).
    [InlineData("comment est validée la licence ?", "Pour obtenir la Licence professionnelle Intervention sociale (LP110) | Avoir soutenu le mémoire professionnel", "000")]
    [InlineData("how is the licence validated?", "To obtain the Licence professionnelle Intervention sociale (LP110) | mémoire professionnel", "000")]
    [InlineData("un BTS suffit pour la licence ?", "**Oui** : avec le diplôme indiqué (BTS)", "000")]
    [InlineData("le DEME permet-il d'entrer en licence ?", "Avec DEME, vous n'avez pas le niveau demandé", "000")]
    [InlineData("Le BTS ESF donne-t-il accès à la licence ?", "**Oui** | BTS ESF", "000")]
    // A selection asked: none named for the licence, said first; the CASP's day classes have an admission board, shown.
    [InlineData("Y a-t-il une sélection pour entrer en licence ?", "ne parlent pas de sélection | bac+2", "000")]
    [InlineData("Is the licence selective?", "mention no selection | bac+2", "000")]
    [InlineData("Y a-t-il une sélection pour le CASP à Paris ?", "commission d'admission | !ne parlent pas de sélection", "003")]
    // A nationality: no condition in the documents, said first, with La Réunion's residence permit among the papers.
    [InlineData("je suis de nationalité étrangère, je peux m'inscrire ?", "ne posent aucune condition de nationalité | titre de séjour pour les personnes de nationalité étrangère | Accès direct", "004")]
    // Selection said by one centre's admission: those lines first, and where no document speaks of it.
    [InlineData("y a-t-il une sélection à l'entrée du CASP ?", "Ce que mes documents disent de l'admission : | Titre CASP (CPN42), Cnam Paris : Pour les cours en journée, l'entrée en formation est validée par une commission d'admission. | Ils ne parlent pas de sélection au Cnam La Réunion.", "003")]
    // A modality said: the centres that teach that way (day classes are Paris's).
    [InlineData("What are the admission steps for the CASP day classes?", "Entry — Titre CASP (CPN42), Cnam Paris | séance de positionnement | !Entry — Titre CASP (CPN42), Cnam La Réunion", "003")]
    // A level of English asked at entry: none asked, said first with the programme's English UE; not the degree's level.
    [InlineData("faut-il avoir un bon niveau d'anglais pour la licence ?", "ne demandent aucun niveau d'anglais pour l'accès | ANG320 Anglais professionnel | bac+2 | !niveau de sortie", "000")]
    [InlineData("Do I need to speak English for the licence?", "ask for no level of English at entry | ANG320", "000")]
    [InlineData("faut-il un bon niveau d'anglais pour la licence ?", "ne demandent aucun niveau d'anglais pour l'accès | bac+2 | !niveau de sortie", "000")]
    [InlineData("quel niveau d'anglais pour le CASP ?", "ne demandent aucun niveau d'anglais pour l'accès | !niveau de sortie", "003")]
    [InlineData("What level of English do I need for the CASP?", "ask for no level of English at entry | niveau bac | !exit level", "003")]
    // The language of the answer asked is no level of English.
    [InlineData("What are the entry requirements for the CASP? Answer in English please", "Direct entry | !no level of English", "003")]
    [InlineData("Does a BTS ESF give access to the licence?", "**Yes** | BTS ESF", "000")]
    [InlineData("Is a BTS enough for the licence?", "**Yes**: with the diploma you mention (BTS)", "000")]
    [InlineData("est-ce que le DEAES permet de faire la licence ?", "Avec DEAES, vous n'avez pas le niveau demandé | !s'organise autour", "000")]
    // A diploma asked to be needed: whether the direct route needs it (a diploma, or only the level), before the conditions;
    // never the verdict of a profile ("avec bac+2, vous remplissez"), which nobody gave.
    // Whether a programme could interest the person is whether it is open to them: the entry, not the presentation.
    [InlineData("je suis éducateur spécialisé, est-ce que la licence pourrait m'intéresser ?", "Accès — Licence pro (LP110) | VAPP | !s'organise autour", "000")]
    [InlineData("faut-il un bac+2 pour la licence ?", "**Oui**, pour l'accès direct : La licence est ouverte aux titulaires d'un diplôme de niveau bac+2 et plus. | VAPP | !vous remplissez", "000")]
    [InlineData("faut-il avoir le bac pour entrer en licence ?", "Le bac ne suffit pas pour l'accès direct | bac+2 | VAPP | !vous remplissez", "000")]
    [InlineData("faut-il le bac pour faire le CASP ?", "Titre CASP (CPN42), Cnam Paris : **Non** : mes documents demandent le niveau, pas le diplôme. La formation est accessible avec le niveau bac. | Titre CASP (CPN42), Cnam La Réunion : **Non**", "003")]
    [InlineData("faut-il un CAP pour faire le CP29 ?", "Le niveau CAP ne suffit pas pour l'accès direct. La formation est accessible avec le niveau bac. | !Je n'ai pas cette information", "003")]
    [InlineData("Do I need a bac to do the CP29 in Reunion?", "**No**: my documents ask for the level, not the diploma. | !Cnam Paris", "004")]
    [InlineData("j'ai déjà validé des UE, puis-je avoir des dispenses ?", "dispenses et des UE déjà validées | dispense de certaines UE | capitalisables à vie | !UA2322", "003")]
    [InlineData("I already have some UEs validated, can I get exemptions?", "What my documents say of exemptions | banked for life | !UA2322", "003")]
    [InlineData("Can I transfer credits from another university?", "exemptions | The validation routes:\n- **VES** | !European Credit", "003")]
    [InlineData("j'ai un BTS, est-ce que je peux m'inscrire en licence ?", "oui | bac+2", "000")]
    // A validation route the programme's documents do not give: said so, with the routes they give.
    [InlineData("Peut-on faire une VAE pour la licence pro ?", "ne prévoient pas la VAE pour la Licence professionnelle | VAPP", "000")]
    // A route asked for a programme named: what its documents say of the route (whom it is for) before what the route is.
    [InlineData("Peut-on obtenir le CASP par la VAE ?", "**Oui** : mes documents prévoient la VAE pour le titre Chargé d'accompagnement social et professionnel (CASP, CPN42) (Cnam Paris, Cnam La Réunion) | Ce que disent mes documents de la VAE pour le titre Chargé d'accompagnement | expérience professionnelle importante dans le secteur de l'accompagnement social et professionnel | Ce qu'est la voie | 1 200 €", "003")]
    [InlineData("Can I get the CP29 through VAE?", "What my documents say of the VAE for the certificat professionnel CP29 | expérience professionnelle importante", "003")]
    [InlineData("la VAE pour la licence ?", "Ce que disent mes documents de la VAPP pour la Licence | niveau académique requis | !VAPP ni", "000")]
    [InlineData("J'ai un BTS ESF, la licence pro me sera accessible ?", "oui | bac+2", "000")]
    // Interest in a programme with a profile: the verdict first, then what was asked of it.
    [InlineData("Je suis éducateur spécialisé diplômé d'État depuis 10 ans, la licence pro m'intéresse pour devenir coordinateur", "**Oui** : avec le diplôme indiqué (DEES) | Métiers visés", "000")]
    [InlineData("la licence m'intéresse", "s'organise autour | !**Oui**", "000")]
    // An admission interview: the admission steps the documents give (a positioning session and a committee, not an interview).
    [InlineData("faut-il passer un entretien pour le CASP ?", "séance de positionnement | commission d'admission", "003")]
    // Registering in a month asks the registration dates, not who may enter.
    [InlineData("je peux m'inscrire en février ?", "septembre et février | 31/03/2017 | !Accès direct", "003")]
    [InlineData("quand peut-on s'inscrire à la licence ?", "ne donnent pas de dates d'inscription au Cnam Paris | réunions d'information | !Accès direct", "000")]
    [InlineData("Quand puis-je m'inscrire au CP29 à la Réunion ?", "31/10/2016 | 31/03/2017 | !Accès direct", "004")]
    // The conditions asked with the dates: both.
    [InlineData("Quelles sont les conditions d'inscription et les dates pour le CASP ?", "Accès direct | 31/03/2017", "003")]
    [InlineData("Que faut-il pour s'inscrire à la licence et quand ?", "ne donnent pas de dates d'inscription | réunions d'information", "000")]
    [InlineData("What are the entry requirements and registration dates for the CASP?", "Direct entry | 31/03/2017", "003")]
    // University credits held are a level: the access, not the licence's credits.
    [InlineData("j'ai validé 120 crédits en fac de psycho, je peux entrer en LP ?", "**Oui** : avec le diplôme indiqué (120 ECTS (bac+2)) | !compte **60 ECTS**", "000")]
    [InlineData("I've completed 120 ECTS credits in psychology, can I join the licence?", "**Yes**: with the diploma you mention (120 ECTS (bac+2)) | !worth **60 ECTS", "000")]
    [InlineData("j'ai 180 crédits en sociologie", "**Oui** : avec le diplôme indiqué (180 ECTS (bac+3)) | !AST002", "000")]
    // No diploma held: said as such.
    [InlineData("je suis conseillère pôle emploi depuis 8 ans, sans diplôme, VAE possible pour le CASP ?", "Sans diplôme, vous n'avez pas le niveau demandé | VAP85 | !Avec aucun diplôme", "004")]
    [InlineData("j'ai le bac et 5 ans d'expérience dans l'insertion, puis-je faire la licence ?", "VAPP | !oui", "000")]
    [InlineData("j'ai pas le bac, je peux faire la licence ?", "VAPP | !oui", "000")]
    [InlineData("j'ai pas le bac, je peux faire le CASP ?", "VAE | !oui", "003")]
    [InlineData("Can I apply to the licence with a BTS?", "yes", "000")]
    // An English profile asking which programme fits: each programme's verdict (an English profile is answered, not
    // taken by the questionnaire), not "which programme do you mean?", and a job centre is a workplace, not a question
    // about jobs.
    [InlineData("I hold a bachelor's degree and I work in a job centre. Which programme fits me?", "Licence pro (LP110), Cnam Paris** | Yes**: with the diploma you mention (bachelor) | Titre CASP (CPN42) | Certificat CP29 | !Which programme do you mean", "000")]
    [InlineData("I have no diploma but 6 years as a youth worker, what would you recommend?", "do not have the level required | VAPP | Yes**, with your work experience | VAE, VAP85: OU par la VAE", "000")]
    // No document sets an age condition: said first, then the conditions they give.
    [InlineData("Y a-t-il une limite d'âge pour s'inscrire ?", "aucune condition d'âge | bac+2 | !Pièces à fournir", "000")]
    // A diploma obtained abroad: its recognition is in no document, said first, then the requirements in general (not a
    // verdict on its French name, nor our diplomas' recognition); "la licence reconnue à l'étranger" is about ours.
    [InlineData("je suis étrangère, mon diplôme marocain est-il reconnu ?", "ne disent pas comment est reconnu un diplôme obtenu à l'étranger | bac+2 | !Les formations que je connais", "000")]
    [InlineData("j'ai un master obtenu à l'étranger, puis-je faire la licence ?", "diplôme obtenu à l'étranger | Accès direct | !**Oui**", "000")]
    [InlineData("I have a foreign degree, is it recognised?", "how a diploma obtained abroad is recognised | Direct entry", "000")]
    [InlineData("la licence est-elle reconnue à l'étranger ?", "ne parlent pas de reconnaissance à l'étranger | bac+3 | !diplôme obtenu à l'étranger", "000")]
    // A validation priced at another centre only: said before that centre's price.
    [InlineData("Combien coûte une VAE à Paris ?", "ne donnent pas le tarif de la VAE au Cnam Paris ; ils donnent celui du Cnam La Réunion | 1 200 €", "004")]
    [InlineData("Combien coûte une VAE ?", "1 200 € | !ne donnent pas le tarif", "004")]
    // Asked in English whether a degree is needed: the entry.
    [InlineData("Do you need a degree for the CASP?", "Entry — Titre CASP (CPN42) | niveau bac", "003")]
    // How one is admitted, with a modality: the entry and its admission, not the modes.
    [InlineData("Comment on est admis en journée pour le CASP ?", "Accès — Titre CASP (CPN42), Cnam Paris | séance de positionnement | !Durée et modalités", "003")]
    // No document speaks of an admission interview: said first, then what they say of admission (a job "d'entretien" is none).
    [InlineData("Faut-il passer un entretien ?", "ne parlent pas d'entretien d'admission | séance de positionnement", "003")]
    [InlineData("Is there an admission interview for the CASP?", "do not mention an admission interview | commission d'admission", "003")]
    [InlineData("je suis agent d'entretien depuis 5 ans, quelles sont les conditions d'accès au CASP ?", "!entretien d'admission | Oui**, avec votre expérience professionnelle", "003")]
    [InlineData("j'ai 50 ans c'est pas trop tard ?", "aucune condition d'âge | bac+2", "000")]
    [InlineData("je suis CIP depuis 5 ans sans diplôme, la licence ?", "vous n'avez pas le niveau demandé | VAPP | !**Oui**", "000")]
    [InlineData("je suis éducatrice spécialisée diplômée, est-ce que je peux entrer directement en licence ?", "**Oui** : avec le diplôme indiqué (DEES)", "000")]
    [InlineData("Is there an age limit for the CASP?", "no age condition | niveau bac", "003")]
    // "Bac + 4 ans d'expérience": the bac and four years of work, not a bac+4.
    [InlineData("Bac + 4 ans d'expérience comme CIP, puis-je entrer en licence ?", "VAPP | !**Oui**", "000")]
    [InlineData("Is a bac required for the CASP?", "Entry — Titre CASP (CPN42) | niveau bac", "003")]
    // Routes one sentence of the document names together are one line.
    [InlineData("est-ce que le CP29 peut se faire en VAP85 ?", "**Oui** : mes documents prévoient la VAP85 pour le certificat professionnel CP29 (Cnam La Réunion). | 520 €", "004")]
    [InlineData("can I get the licence through the VAPP?", "**Yes**: my documents provide the VAPP for the Licence professionnelle Intervention sociale (LP110) (Cnam Paris).", "000")]
    // A route the documents do not give for it: said so, no yes. (A guard: it passed before the yes was added.)
    [InlineData("la VAE est possible pour la licence ?", "Mes documents ne prévoient pas la VAE pour la Licence | !**Oui**", "000")]
    [InlineData("Quelles sont les conditions d'accès au CASP à La Réunion ?", "VAE, VAP85 : OU par la VAE | !VAE : OU", "004")]
    // One programme named among the titles that open the other: said first.
    [InlineData("le CASP permet-il d'entrer en licence ?", "Le titre Chargé d'accompagnement social et professionnel (CASP, CPN42) donne accès à la Licence professionnelle Intervention sociale (LP110) (Cnam Paris) : La licence professionnelle est ouverte", "000")]
    [InlineData("Does the CASP give access to the licence?", "gives access to the Licence professionnelle Intervention sociale (LP110) (Cnam Paris)", "000")]
    [InlineData("I would like to know if I can do the licence", "Entry — Licence pro (LP110) | bac+2 | !s'organise autour", "000")]
    // A profile and "possible ?": whether it lets one in, not the programme's overview.
    [InlineData("j'ai un bac pro et 2 ans d'expérience comme animateur, licence possible ?", "Avec bac pro, vous n'avez pas le niveau demandé | VAPP | !s'organise autour d'un tronc commun", "000")]
    [InlineData("Le bac est-il obligatoire pour le CASP ?", "Accès — Titre CASP (CPN42) | niveau bac | !Une formation professionnelle préparant", "003")]
    [InlineData("Does the CIP title give access to the licence?", "Entry — Licence pro (LP110) | titre CIP | !s'organise autour", "000")]
    [InlineData("J'ai validé une L2 de psychologie, puis-je entrer en licence pro intervention sociale ?", "**Oui** : avec le diplôme indiqué (L2)", "000")]
    [InlineData("J'ai raté mon BTS, je n'ai que le bac, je peux faire la licence ?", "Avec bac, vous n'avez pas le niveau demandé | !8 300 €", "000")]
    [InlineData("Je suis titulaire du CASP, puis-je continuer en licence pro ?", "**Oui** : avec le diplôme indiqué (titre CASP)", "000")]
    [InlineData("I have an associate degree (bac+2) and 2 years in social work, what are my options?", "Entry — Licence pro (LP110) | !has a common core and 2 tracks", "000")]
    // Other ways of asking whether one may enter, with a profile: the verdict, not the overview or the start dates.
    [InlineData("I only have the baccalauréat but I've worked 6 years in social integration. Can I get into the licence?", "With bac, you do not have the level required | VAPP", "000")]
    [InlineData("Could I be admitted to the licence with a bac pro and 4 years as a youth worker?", "With bac pro, you do not have the level required", "000")]
    [InlineData("j'ai un bac+2 en comptabilité, la licence m'est ouverte ?", "**Oui** : avec le diplôme indiqué (bac+2)", "000")]
    [InlineData("Avec un DEUG de psycho, je rentre en licence ?", "**Oui** : avec le diplôme indiqué (DEUG) | !premier cours", "000")]
    [InlineData("Is the licence open to someone with a foreign degree?", "Entry — Licence pro (LP110) | !s'organise autour", "000")]
    [InlineData("I don't have the bac, can I do the CASP?", "Without bac, you do not have the level required", "003")]
    [InlineData("Je suis éducateur spécialisé diplômé d'État. La licence est-elle faite pour moi ?", "**Oui** : avec le diplôme indiqué (DEES) | !s'organise autour", "000")]
    [InlineData("Is the CASP right for me? I have a CAP and 5 years as a care worker.", "Yes**, with your work experience", "003")]
    [InlineData("je suis aide médico-psychologique, est-ce que le CP29 me convient ?", "Accès — Certificat CP29 | !Je n'ai pas cette information", "003")]
    [InlineData("J'ai un bac pro et je suis surveillant dans un collège depuis 1 an, le CASP c'est pour moi ?", "**Oui** : avec le diplôme indiqué (bac pro) | !Une formation professionnelle préparant", "003")]
    // A route asked about with a profile: whether it is open to this person, then what it is.
    [InlineData("Je suis conseillère Pôle emploi depuis 8 ans, sans bac. La licence est accessible par VAPP ?", "Accès — Licence pro (LP110) | Sans bac, vous n'avez pas le niveau demandé | VAPP", "000")]
    [InlineData("I have no diploma but 12 years as a youth worker, can I get the licence through VAPP?", "With no diploma, you do not have the level required | Given your experience, the possible route | VAPP — validation des acquis", "000")]
    // "niveau 3e" is a level below the bac; the youth and sports diplomas have their levels.
    [InlineData("Je suis en CDI dans une association d'insertion depuis 10 ans avec un niveau 3e, je voudrais la licence", "Avec niveau lycée sans le bac, vous n'avez pas le niveau demandé | VAPP | !niveau de sortie", "000")]
    [InlineData("J'ai le BPJEPS, je peux faire le CASP ?", "**Oui** : avec le diplôme indiqué (BPJEPS)", "003")]
    // "home help" is a job, not a request for help.
    [InlineData("I dropped out of high school and worked 10 years as a home help, can I do the CASP?", "Yes**, with your work experience | !How can I help", "003")]
    // Admission asked with a modality named: the admission, not the modes of study.
    [InlineData("What are the admission steps for the CASP day course?", "Entry — Titre CASP (CPN42) | séance de positionnement | !Length and modes", "003")]
    [InlineData("Is there a placement test?", "Entry — | !Internships by programme", "000")]
    // "which programme would suit me" with a job held: what that experience opens.
    [InlineData("I work as a social worker in Reunion, which programme would suit me?", "Entry — Titre CASP (CPN42), Cnam La Réunion | Given your experience | !Which programme do you mean", "004")]
    // Someone else's diploma, a diploma that is a job title, a diploma compared with the bac, "en licence direct".
    [InlineData("ma fille a 19 ans et vient d'avoir son bac, peut-elle faire le CASP ?", "**Oui** : avec le diplôme indiqué (bac) | !Une formation professionnelle préparant", "003")]
    [InlineData("je suis AES (accompagnant éducatif et social), ça compte comme diplôme pour le CASP ?", "Avec DEAES, vous n'avez pas le niveau demandé pour l'accès direct (Avoir le niveau bac) | quel qu'en soit le domaine | !jury national", "003")]
    [InlineData("j'ai un DAEU, c'est équivalent au bac ?", "Accès — Titre CASP (CPN42) | **Oui** : avec le diplôme indiqué (niveau bac) | !De quelle formation", "003")]
    [InlineData("Avec un titre professionnel CIP niveau 5 je vais en licence direct ?", "**Oui** : avec le diplôme indiqué (titre CIP)", "000")]
    // SMS spelling: "pr", "entré" for "entrer"; "g pa le bac", "jpeu fair".
    [InlineData("c koi les condition pr entré en licence", "Accès — Licence pro (LP110) | !s'organise autour", "000")]
    [InlineData("g pa le bac mai jai 10 an dexperience d animateur jpeu fair la licence?", "Sans bac | VAPP", "000")]
    // A route's time frame: the documents give none, said so, with what they say of the route.
    // Schooling left said alone: the entry verdict for it.
    [InlineData("I didn't finish high school", "With a level below high school, you do not have the level required for direct entry | VAPP", "000")]
    [InlineData("je n'ai pas fini le lycée", "Avec niveau lycée sans le bac, vous n'avez pas le niveau demandé | VAPP", "000")]
    [InlineData("Quel est le délai pour une VAE ?", "ne donnent pas de délai ni de durée pour la VAE | 1 200 €", "004")]
    // The length of experience a VAE asks: set by no document; what each one asks is quoted.
    [InlineData("combien d'années d'expérience faut-il pour une VAE ?", "ne fixent pas de durée d'expérience pour la VAE | expérience professionnelle importante | se rapprocher de notre service accueil", "003")]
    [InlineData("combien de temps faut-il travailler pour faire une VAE ?", "ne fixent pas de durée d'expérience pour la VAE | expérience professionnelle importante", "003")]
    [InlineData("How many years of experience do I need for a VAE?", "set no length of experience for the VAE | expérience professionnelle importante", "003")]
    [InlineData("combien coûte la VAE ?", "1 200 € | !ne fixent pas", "004")]
    [InlineData("How long does a VAE take?", "give no time frame for the VAE", "004")]
    public Task AccessAnswersFollowThePersonalProfile(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    // Seeds 001/002 (LP110 internship), 003 (CPN42 Paris), 004 (La Réunion).
    [Theory]
    [InlineData("Quel est l'objectif du stage de la licence pro ?", "objectif du stage est double | conduite de projet", "002")]
    [InlineData("combien d'heures de stage pour la licence ?", "560 heures | 4 mois", "002")]
    [InlineData("le stage de la licence peut-il se faire dans deux structures ?", "une seule structure", "002")]
    [InlineData("est-ce qu'on peut faire son stage dans deux endroits différents ?", "une seule structure", "002")]
    // "quand on est en cours du jour" says which modality, it asks no date.
    [InlineData("qui rédige la convention quand on est en cours du jour ?", "Sandrine NACREON | !71 séances", "002")]
    [InlineData("combien de temps dure le stage du CASP ?", "3 mois", "003")]
    // One centre's internship is not every centre's: the centre teaching it without one is named.
    [InlineData("faut-il faire un stage pour le CP29 ?", "1 mois et demi | Au Cnam Paris, mes documents ne prévoient pas de stage pour le certificat professionnel CP29.", "003")]
    [InlineData("Do I need an internship for the CP29?", "At Cnam Paris, my documents provide no internship for the certificat professionnel CP29.", "004")]
    // (A guard: the centre said, no other centre named; passed before too.)
    [InlineData("stage CP29 à La Réunion", "1 mois et demi | !Au Cnam Paris", "004")]
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
    // Help to find an internship: the programme's workshops, with the internship rules.
    [InlineData("Y a-t-il des ateliers pour aider à trouver un stage ?", "ateliers pédagogiques | aide à la recherche du stage pratique", "000")]
    [InlineData("Is there help to find an internship for the licence?", "teaching workshops help learners find their internship", "000")]
    // Working in a field, no length said: the rule applied at any length; hanging on the length it asks, that length said.
    [InlineData("Dois-je faire le stage de la licence si je travaille déjà comme conseillère en insertion ?", "**Cela dépend de sa durée** : avec au moins 1 an d'expérience dans l'insertion, ce stage ne vous est pas demandé", "002")]
    [InlineData("Do I need to do the licence internship if I already work in a mission locale?", "**It depends on how long**: with at least 1 year of experience in insertion", "002")]
    [InlineData("Je travaille en mission locale, dois-je faire le stage du CASP ?", "**Non**, avec une expérience dans l'insertion, ce stage ne vous est pas demandé", "003")]
    [InlineData("Je suis vendeuse, dois-je faire le stage de la licence ?", "**Oui**, avec une expérience hors du secteur social", "002")]
    // No programme named: each programme's verdict for the experience said, before each one's internship.
    [InlineData("Dois-je faire le stage si je travaille déjà comme conseillère en insertion ?", "Pour vous, selon la formation : | Licence pro (LP110) (Paris) : **Cela dépend de sa durée** | Titre CASP (CPN42) (Paris) : **Non** | Les stages selon la formation", "002")]
    // The same said with where one works: the verdict, not that no document speaks of an internship at one's employer.
    [InlineData("je travaille dans mon association depuis 2 ans comme conseillère en insertion, dois-je faire le stage de la licence ?", "**Non**, avec 2 ans d'expérience dans l'insertion | !chez votre employeur", "002")]
    [InlineData("J'ai 3 ans d'expérience en mission locale, dois-je faire un stage ?", "Licence pro (LP110) (Paris) : **Non**, avec 3 ans d'expérience dans l'insertion", "002")]
    [InlineData("I have never worked, is there an internship?", "For you, by programme: | Licence pro (LP110) (Paris): **Yes**, with no work experience", "002")]
    // The internship's pay: no document says, even with the programme between ("le stage de la licence"); with its length
    // asked too, the length after that.
    [InlineData("Le stage de la licence est-il rémunéré ?", "ne disent pas si le stage est rémunéré | par_intervention-sociale@lecnam.net | !Je n'ai pas cette information", "000")]
    [InlineData("Combien dure le stage et peut-il être rémunéré ?", "ne disent pas si le stage est rémunéré (gratification de stage) ; ce qu'ils disent du stage | 560 heures | 3 mois", "002")]
    [InlineData("How long is the internship and can it be paid?", "do not say whether the internship is paid; what they say | 560 heures", "002")]
    public Task InternshipAnswersGiveTheDocumentsRules(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);
}
