namespace Cnam.Bot.Tests.Questions;

/// <summary>What a programme leads to: its jobs, and the programmes the documents open to its holders.</summary>
public sealed partial class TopicAnswerTests
{
    [Theory]
    [InlineData("Après le CASP, je peux faire quoi ?", "Conseiller en insertion | Poursuite d'études : la Licence professionnelle Intervention sociale (LP110) | premier cycle du Cnam", "000")]
    [InlineData("What can I do after the CASP?", "Further study: | LP110", "003")]
    [InlineData("Quels métiers après la licence ?", "Coordonnateur | !Poursuite d'études", "000")]
    [InlineData("le parcours culture c'est pour quel type de poste ?", "Coordonnateur | !Parcours de 4 UE", "000")]
    [InlineData("What kind of job can I get with the licence?", "Coordonnateur", "000")]
    [InlineData("Can I work as a social worker with the CASP?", "Jobs targeted by the titre | Conseiller en insertion", "003")]
    // The certificate's documents list no jobs: said so, with how they present it.
    [InlineData("Le CP29, ça mène à quoi ?", "ne listent pas de métiers | accueillir les publics", "003")]
    // No programme named: those whose jobs the question names, else each one's jobs ("éducateur" is not "socio-éducatif").
    [InlineData("je veux travailler en mission locale, quelle formation ?", "Métiers visés par la Licence professionnelle | Métiers visés par le titre Chargé d'accompagnement | !De quelle formation", "003")]
    [InlineData("je veux devenir éducateur spécialisé", "Les métiers que mes documents citent pour chaque formation | **Licence pro (LP110)** : | **Titre CASP (CPN42)** : | !De quelle formation", "003")]
    [InlineData("What jobs do your programmes lead to?", "The jobs my documents give for each programme | Conseiller en insertion", "003")]
    // A job named after "devenir", "work as": whether the documents list it, before the jobs they list (gender, number and
    // spelling aside); listed for another programme only, which one.
    [InlineData("est-ce que le diplôme permet de devenir assistante sociale ?", "Mes documents ne citent pas « assistante sociale » parmi les métiers | Conseiller en insertion", "003")]
    [InlineData("avec la licence je peux devenir éducateur spécialisé ?", "ne citent pas « éducateur spécialisé » parmi les métiers visés par la Licence | Coordonnateur", "000")]
    [InlineData("la licence pro permet de devenir médiatrice sociale ?", "ne citent pas « médiatrice sociale » | ils citent « Médiateur social » pour le titre Chargé", "003")]
    [InlineData("je pourrai travailler comme conseillère à l'emploi avec le CASP ?", "Oui : parmi les métiers visés, mes documents citent « Conseiller à l'emploi » pour le titre", "003")]
    [InlineData("je veux devenir conseillère en insertion professionnelle", "Parmi les métiers visés, mes documents citent « Conseiller en insertion | « Conseiller en insertion » pour le titre | !Oui :", "000")]
    [InlineData("devenir chargée de mission c'est possible avec la licence ?", "Oui : parmi les métiers visés, mes documents citent « Chargé de mission »", "000")]
    [InlineData("Can I become a social worker after the licence?", "do not list \"social worker\" among the jobs targeted by the Licence", "000")]
    [InlineData("quels métiers après la licence ?", "Coordonnateur | !Oui : | !ne citent pas", "000")]
    // A teacher to become is a job, not someone to contact.
    [InlineData("je veux devenir formatrice", "ne citent pas « formatrice » | !ne nomment pas les enseignants", "003")]
    // Which programme for a job: each one that lists it, with no "Oui" to an open question; a job's "insertion
    // professionnelle" is no parcours.
    [InlineData("quelle formation pour devenir conseillère en insertion professionnelle ?", "Parmi les métiers visés, mes documents citent | « Conseiller en insertion » pour le titre Chargé | !Oui :", "000")]
    [InlineData("quel diplôme pour être conseiller en insertion ?", "« Conseiller en insertion niveau 2 (CCN des missions locales) » pour la Licence | « Conseiller en insertion » pour le titre | !Oui :", "000")]
    public Task JobAnswersSayWhatAProgrammeLeadsTo(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);
}
