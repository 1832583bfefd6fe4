namespace Cnam.Bot.Tests.Questions;

/// <summary>Programmes: the facts their documents give (credits, levels, jobs named, places, modes for someone who works).</summary>
public sealed partial class TopicAnswerTests
{
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
    [InlineData("combien de temps dure le CASP ?", "2 à 3 ans | 9 mois | Cours du lundi au vendredi de 17h à 21h (La Réunion) : 2 présences | !(La Réunion) : du lundi au vendredi", "003")]
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
    // The document's sentence that counts the UE, not one that only holds a number ("un coefficient 1").
    [InlineData("combien d'UE dans le CP29 à la Réunion ?", "6 unités d'enseignement qui composent le certificat | !coefficient 1", "004")]
    [InlineData("Le CASP permet-il de travailler à Pôle emploi ?", "Conseiller à l'emploi | Pôle emploi", "003")]
    [InlineData("Quels sont les objectifs de la licence pro ?", "Objectifs | Conduire des projets collectifs", "000")]
    [InlineData("Combien d'heures de cours pour une UE de 6 crédits ?", "6 crédits = 45 h | !9h30", "003")]
    // "c'est combien" before "d'années" asks a length, not a price.
    [InlineData("la licence pro c'est combien d'années ?", "formation sur 1 an | formation sur 1 ou 2 ans | !4 150 €", "000")]
    // Ill health: the contact for arrangements on health grounds, not the general ones.
    [InlineData("Je suis en arrêt maladie, puis-je suivre la formation ?", "handi.cnam.fr | problèmes de santé | !par_intervention-sociale@lecnam.net", "000")]
    // Only part of a programme, no programme named: every programme's modes, not "which programme?".
    [InlineData("Can I take just one module?", "Length and modes of the programmes | !Entry —", "000")]
    [InlineData("je peux faire juste un module ?", "Durée et modalités des formations | !De quelle formation", "000")]
    // The shortest asked: every programme's length, to compare.
    [InlineData("quelle formation est la plus courte ?", "Durée et modalités des formations | formation sur 1 an | 9 mois à temps plein | !De quelle formation", "000")]
    [InlineData("Which programme is the shortest?", "Length and modes of the programmes | !Which programme do you mean", "000")]
    // In person or not: the ways of following every programme.
    [InlineData("la formation se fait-elle en présentiel ?", "Durée et modalités des formations | !De quelle formation", "000")]
    // The objectives asked: first, before the presentation; sectors asked in English: the jobs.
    [InlineData("Quels sont les objectifs de la licence ?", "Cnam Paris)\nObjectifs : | Conduire des projets collectifs", "000")]
    [InlineData("What skills will I learn in the licence?", "Cnam Paris)\nObjectives: | Conduire des projets collectifs", "000")]
    [InlineData("What sectors can I work in after the CASP?", "Jobs targeted by the titre | Intervention sociale", "003")]
    // How long, no programme named: each programme's length and modes.
    [InlineData("c'est long ?", "Durée et modalités des formations | formation sur 1 an | 9 mois à temps plein", "000")]
    // A wish to help people find work: the jobs the programmes lead to.
    [InlineData("j'aimerais aider les gens à trouver un emploi", "Métiers visés par | Conseiller", "000")]
    // A length said: the modes (with no programme named too); "Non" first when every mode of the programme is longer, none
    // when a mode's length is not given (the CASP at La Réunion).
    [InlineData("peut-on faire la licence en 6 mois ?", "**Non** : d'après mes documents, la Licence professionnelle Intervention sociale (LP110) ne se fait pas en 6 mois | formation sur 1 an", "000")]
    [InlineData("On peut faire la formation en 6 mois ?", "Durée et modalités des formations | !**Non** | !De quelle formation", "000")]
    [InlineData("Can I do the CASP in Paris in 6 months?", "**No**: according to my documents | 9 mois à temps plein | !Direct entry", "003")]
    [InlineData("Can I do the CASP in 6 months?", "Length and modes of the titre | !**No** | !Direct entry", "003")]
    [InlineData("peut-on faire le CASP en 2 ans ?", "**Oui** : d'après mes documents, le titre Chargé d'accompagnement social et professionnel (CASP, CPN42) peut se faire en 2 ans | Cours du soir (HTT) (Paris) — 2 à 3 ans | plusieurs années | !**Non**", "003")]
    // "Oui" with the modes whose length allows it; "Non" with the longest when every mode is shorter.
    [InlineData("Est-ce que je peux faire la licence en 2 ans ?", "**Oui** : d'après mes documents, la Licence professionnelle Intervention sociale (LP110) peut se faire en 2 ans : Cours du soir (Paris) — formation sur 1 ou 2 ans (recommandée sur 2 ans). | !peut se faire en 2 ans : Cours du jour", "000")]
    [InlineData("peut-on faire le CASP en 1 an ?", "**Oui** | peut se faire en 1 an : Cours en journée (Paris) — 9 mois à temps plein | !de votre projet ; Cours du soir", "003")]
    [InlineData("la licence peut se faire en 3 ans ?", "**Non** : d'après mes documents, la Licence professionnelle Intervention sociale (LP110) ne se fait pas en 3 ans ; au plus long : Cours du soir (Paris) — formation sur 1 ou 2 ans", "000")]
    [InlineData("Can I do the licence in two years?", "**Yes**: according to my documents | formation sur 1 ou 2 ans", "000")]
    // A bare "can I do" beside the question is its way of asking, as the French "puis-je faire": not the entry requirements too.
    [InlineData("Can I do the licence in one year in the evening?", "**Yes**: according to my documents | can be done in one year | !Entry — Licence pro", "000")]
    [InlineData("Could I do the licence while working?", "Beside a job | !Entry — Licence pro", "000")]
    // Between the two lengths of "1 ou 2 ans": the documents do not say, so no verdict.
    [InlineData("la licence peut se faire en 18 mois ?", "formation sur 1 ou 2 ans | !**Oui** | !**Non**", "000")]
    // An open question on a length is not answered yes or no.
    [InlineData("comment faire la licence en 2 ans ?", "formation sur 1 ou 2 ans | !**Oui**", "000")]
    // "my job" blocks no phrase it ends ("keep my job"): the modes beside a job.
    [InlineData("Can I keep my job while studying?", "Beside a job, these are the modes outside the working day", "000")]
    // On site or at a distance: the choice is asked, so every mode, not the distance learning alone.
    [InlineData("Les cours sont-ils en présentiel ou à distance ?", "Durée et modalités des formations | Licence pro (LP110), Cours du soir (Paris) | Télé-enseignement (La Réunion)", "000")]
    [InlineData("Is the CP29 online or in person?", "Cours du soir (HTT) (Paris) | Télé-enseignement (La Réunion)", "003")]
    // Further study asked: before the jobs; the CP29's is the CASP its UEs are part of, the CASP's the licence it gives access to.
    [InlineData("quelle poursuite d'études après le CP29 ?", "Poursuite d'études : les 6 UE du certificat professionnel CP29 | Mes documents ne listent pas de métiers", "003")]
    [InlineData("Can I continue my studies after the CASP?", "Further study: the Licence professionnelle Intervention sociale | Jobs targeted by", "000")]
    [InlineData("quels métiers après le CASP ?", "Métiers visés par le titre | Conseiller en insertion | Poursuite d'études : la Licence", "003")]
    // A subject asked of a programme named ("y a-t-il de l'anglais…"): its UEs with that word in their title, in English too;
    // with no such title, or asking whether the programme exists at a centre, its presentation.
    [InlineData("Est-ce qu'il y a de l'anglais dans la licence ?", "ANG320** Anglais professionnel | !La licence professionnelle en Intervention sociale s'organise", "000")]
    [InlineData("Is there English in the licence?", "ANG320** Anglais professionnel", "000")]
    // "le programme de la licence" is its curriculum: its UEs, not its presentation.
    [InlineData("quel est le programme de la licence ?", "Les UE de la Licence professionnelle Intervention sociale (LP110) | TRS103 | !s'organise autour", "000")]
    [InlineData("quel est le programme du CASP ?", "Les UE du titre Chargé d'accompagnement social et professionnel | TET099", "003")]
    // A subject asked with nothing else understood: the UEs on it, of every programme.
    [InlineData("est-ce qu'il y a de l'anglais ?", "ANG320** Anglais professionnel | LP110 (Paris) | !Je n'ai pas cette information", "000")]
    [InlineData("il y a de la sociologie ?", "AST002** Champs de la sociologie | CPN42 (Paris)", "003")]
    [InlineData("is there English?", "ANG320** Anglais professionnel", "000")]
    [InlineData("y a-t-il de la psychologie dans le CASP ?", "PSY001** Éléments de psychopathologie | !TET099", "003")]
    // Compulsory asked of a subject: its UE with its part of the programme (the common core) and what may replace it.
    [InlineData("Is English compulsory in the licence?", "ANG320** Anglais professionnel | [common core] or instead ANG200", "000")]
    [InlineData("l'anglais est obligatoire dans la licence ?", "[tronc commun] au choix avec ANG200", "000")]
    // English subject words glossed to the titles' ("project").
    [InlineData("What is the UE about project management?", "UASO08** Conduite de projet | TRS107** Conduite de projets collectifs", "000")]
    // Two UEs named with "choose between": the UEs, not the programme's presentation.
    [InlineData("Can I choose between ANG200 and ANG320?", "ANG200** — Parcours d'apprentissage personnalisé | Alternative: ANG320 | !The licence professionnelle en Intervention", "000")]
    [InlineData("Which UEs are common to both tracks?", "Common core of the Licence | CCE105 | !Its own UE", "000")]
    [InlineData("est-ce qu'il y a le CP29 à Paris ?", "Certificat professionnel Chargé d'information | !TET099 Analyse", "003")]
    // "à plein temps" is the day classes, as "à temps plein" (a closed question: "Oui" first); a job at full time is not.
    [InlineData("la formation casp c'est à plein temps ?", "**Oui** : d'après mes documents, le titre Chargé d'accompagnement social et professionnel (CASP, CPN42) se suit en cours du jour | 9 mois à temps plein", "003")]
    // The UEs of a semester: those the documents place in it and the year-long ones; where they place none, said so.
    [InlineData("Quelles sont les UE du semestre 1 du CASP à la Réunion ?", "Les UE du semestre 1 du titre | TET003 | toute l'année | AST004 | PSY001 | !TET007 | !AST005", "004")]
    [InlineData("Which UEs are in the second semester of the CP29 at La Réunion?", "The UE of semester 2 of the certificat professionnel CP29 (La Réunion) | TET007 | TET099 | !AST004", "004")]
    [InlineData("les UE du premier semestre du CASP à Paris ?", "ne répartissent pas les UE du titre Chargé d'accompagnement social et professionnel (CASP, CPN42) (Paris) par semestre | AST005", "003")]
    // The hours of classes of a programme whose documents give no total: said, with the hours they do give (the UA's).
    [InlineData("Combien d'heures de cours pour la licence ?", "ne donnent pas le volume horaire total des cours de la Licence | 12 heures de cours en présentiel | Cours du soir (Paris)", "000")]
    [InlineData("How many hours of classes in the licence?", "do not give the total hours of classes | 560 heures de stage", "000")]
    [InlineData("le volume horaire du CASP ?", "Volume horaire donné par mes documents | (360h) | (306h) | !ne donnent pas le volume", "003")]
    // A job asked the meaning of, no programme named: the programme that lists it (or names itself by it), its jobs, not the
    // catalogue, the audience or the UEs whose titles share a word; not a yes.
    [InlineData("c'est quoi un coordonnateur de projets d'insertion ?", "Mes documents nomment aussi la Licence professionnelle Intervention sociale (LP110) « Coordonnateur de projets collectifs en insertion » | Coordonnateur social emploi-formation | !Les formations que je connais", "000")]
    [InlineData("que fait un coordonnateur de projets collectifs en insertion ?", "« Coordonnateur de projets collectifs en insertion » | Chargé de mission | !TRS107", "000")]
    [InlineData("Qu'est-ce qu'un chargé d'insertion ?", "Parmi les métiers visés, mes documents citent « Chargé d'insertion » pour le titre | !Oui | !public visé", "003")]
    [InlineData("What does a social mediator do?", "my documents list \"Médiateur social\" for the titre", "003")]
    // An abbreviation is still spelt out.
    [InlineData("c'est quoi un CIP ?", "**CIP** : conseiller en insertion professionnelle | !Métiers visés", "000")]
    // A place that is no centre of the documents: no classes described there, and where each programme is taught (with the
    // distance learning of La Réunion); the programme's name is no subject of its UEs ("intervention").
    [InlineData("Je suis à Lyon, est-ce que je peux suivre la licence ?", "Mes documents ne décrivent aucun cours à Lyon | (LP110) : Cnam Paris | Cours du soir | par_intervention-sociale@lecnam.net | !Cnam La Réunion", "000")]
    [InlineData("Le CASP se fait-il en Guadeloupe ?", "aucun cours en Guadeloupe | (CASP, CPN42) : Cnam Paris et Cnam La Réunion (aussi en télé-enseignement, à distance)", "004")]
    [InlineData("Y a-t-il la licence pro intervention sociale à Marseille ?", "aucun cours à Marseille | !TRS103", "000")]
    [InlineData("Can I study the CASP in Le Havre?", "My documents describe no classes in Le Havre | (CASP, CPN42): Cnam Paris and Cnam La Réunion (also by distance learning)", "003")]
    [InlineData("J'habite en Guadeloupe, j'ai un BTS, je peux faire le CASP ?", "aucun cours en Guadeloupe | **Oui** : avec le diplôme indiqué (BTS) | Télé-enseignement (La Réunion)", "004")]
    [InlineData("j'habite en Bretagne", "aucun cours en Bretagne | Le certificat professionnel CP29 : Cnam Paris et Cnam La Réunion", "003")]
    // A first name that is also a city's is no place.
    [InlineData("Je suis Nancy, je voudrais des infos sur le CP29", "Certificat professionnel Chargé d'information | !aucun cours", "003")]
    // The subject of a UE keeps its words when the programme is named otherwise.
    [InlineData("y a-t-il une UE sur l'intervention sociale dans la licence ?", "TRS103** Publics en difficulté et intervention sociale", "000")]
    // Passing the programme is obtaining it: its conditions, not the defence's sheet alone.
    [InlineData("Comment valider la licence ?", "Pour obtenir la Licence professionnelle | Avoir validé l'ensemble des UE", "000")]
    [InlineData("How do I pass the licence?", "To obtain the Licence professionnelle | Avoir soutenu le mémoire professionnel", "000")]
    [InlineData("Quelle moyenne pour valider la licence ?", "Pour obtenir la Licence | Les documents du Cnam Paris ne donnent pas de note minimale | 10/20", "000")]
    [InlineData("Are the classes in person?", "Length and modes of the programmes | !I don't have this information", "000")]
    // The experience report is the CASP's.
    [InlineData("c'est quoi le rapport d'expérience ?", "Pour obtenir le titre Chargé d'accompagnement social et professionnel | !De quelle formation", "003")]
    // The diploma at the end, of no programme in particular: each programme's exit level.
    [InlineData("est-ce que j'aurai un diplôme à la fin ?", "niveau de sortie bac+3 | niveau de sortie bac+2 | !De quelle formation", "000")]
    [InlineData("quel diplôme on obtient ?", "niveau de sortie bac+3 | !Accès direct", "000")]
    // Recognition asked of no programme: each level with what the documents say of its registration.
    [InlineData("le diplôme est-il reconnu par l'État ?", "niveau de sortie bac+3 — Diplôme reconnu nationalement | inscrit au RNCP | RNCP enregistrement pour 5 ans", "000")]
    // Abroad: the documents give a national recognition only, which is said as such.
    [InlineData("le diplôme est-il reconnu à l'étranger ?", "ne parlent pas de reconnaissance à l'étranger | inscrit au RNCP", "000")]
    [InlineData("Is the licence recognised in other European countries?", "say nothing of recognition abroad | RNCP", "000")]
    [InlineData("Is the licence recognised abroad?", "say nothing of recognition abroad | exit level **bac+3**", "000")]
    [InlineData("la licence est reconnue ?", "Diplôme reconnu nationalement | !étranger", "000")]
    [InlineData("Do I get a diploma at the end?", "exit level bac+3 | !I don't have this information", "000")]
    [InlineData("Can I work while studying?", "Length and modes of the programmes | 18h15 - 21h15", "000")]
    // One parcours asked about: that parcours and its own UE, not the licence's overview nor both parcours.
    [InlineData("le parcours culture c'est quoi exactement ?", "**Insertion par la culture** — parcours | CCE107 Politiques et actions culturelles locales | !AST113 | !s'organise autour", "000")]
    // Two parcours named, or the two compared: each, with its own UE.
    [InlineData("Quelle différence entre le parcours insertion professionnelle et insertion par la culture ?", "**Insertion sociale et professionnelle | AST113 | **Insertion par la culture** | CCE107", "000")]
    [InlineData("quelle est la différence entre les deux parcours de la licence ?", "AST113 | CCE107", "000")]
    [InlineData("What is the difference between the two tracks?", "AST113 | CCE107", "000")]
    // A subject no UE of the programme has, which another programme's has: said so, with those.
    [InlineData("Y a-t-il de l'anglais dans le CASP ?", "le titre Chargé d'accompagnement social et professionnel (CASP, CPN42) n'a pas d'UE sur ce sujet | ANG320 | !Une formation professionnelle préparant", "003")]
    [InlineData("Is there English in the CP29?", "has no unit on that subject | ANG320", "003")]
    [InlineData("What is the culture track?", "a track of the Licence | Its own UE | CCE109 | !AST118", "000")]
    // "c combien de tps" is a length; "des renseignements sur la formation" its overview, not the reception's contact.
    [InlineData("jvx fer le cp29 c combien de tps", "Durée et modalités du certificat professionnel CP29 | !60 € par ECTS", "003")]
    [InlineData("Bonjour je souhaiterais obtenir des renseignements sur la formation CASP", "Chargé d'accompagnement social et professionnel** (CPN42 | !Service accueil", "003")]
    // Living away from Paris: how the programme is followed (in Paris), not the questionnaire.
    [InlineData("J'habite en province, est-ce que je peux suivre la licence ?", "Durée et modalités de la Licence | (Paris) | !Quel parcours", "000")]
    [InlineData("I live far from Paris, can I still do the licence?", "Length and modes of the Licence | (Paris)", "000")]
    public Task ProgrammeAnswersGiveTheDocumentsFacts(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    [Fact]
    public void AProgrammeWhoseExitLevelTheDocumentsDoNotGiveHasNoEmptyLevel()
    {
        // Seed 004 gives no exit level for La Réunion's CP29: its line ends with the centre, not with "niveau de sortie".
        var text = string.Join("\n", fixture.Ask("quelles formations proposez-vous ?").Sections.Select(x => x.Text));
        var line = Assert.Single(text.Split('\n'), l => l.Contains("(CP29, La Réunion)", StringComparison.Ordinal));
        Assert.EndsWith("(CP29, La Réunion)", line.TrimEnd());
    }

    [Fact]
    public void SomeoneWhoWorksReadsTheModesOutsideTheWorkingDayFirst()
    {
        var text = string.Join("\n", fixture.Ask("je travaille à temps plein, je peux suivre la licence ?").Sections.Select(x => x.Text));
        var evening = text.IndexOf("- Cours du soir (Paris)", StringComparison.Ordinal);
        var day = text.IndexOf("- Cours du jour (Paris)", StringComparison.Ordinal);
        Assert.True(evening >= 0 && day > evening, text);
    }
}
