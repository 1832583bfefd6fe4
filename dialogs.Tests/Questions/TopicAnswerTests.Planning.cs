namespace Cnam.Bot.Tests.Questions;

/// <summary>Plannings: class dates, key dates, holidays and the weeks without classes.</summary>
public sealed partial class TopicAnswerTests
{
    // Seed 000, plannings 2022-2023 (evening 18h15-21h15, day 9h30-17h); "today" is the user's localTimestamp.
    [Theory]
    // Starting in a month is when one may register; "tous les soirs ?" asks the weekdays.
    [InlineData("peut-on commencer la licence en janvier ?", "ne donnent pas de dates d'inscription | !s'organise autour", "000", Nov20)]
    [InlineData("est-ce que les cours du soir ont lieu tous les soirs ?", "cours le lundi", "000", Nov20)]
    [InlineData("quand commence TRS103 en cours du soir ?", "5 octobre 2022", "000", Nov20)]
    [InlineData("quand est le dernier cours de CCE105 en cours du jour ?", "12 decembre 2022", "000", Nov20)]
    [InlineData("quand commence la licence en cours du soir ?", "3 octobre 2022 | AST118", "000", Nov20)]
    [InlineData("quand commence la licence en cours du jour ?", "14 novembre 2022 | 15 novembre 2022", "000", Nov20)]
    [InlineData("quel cours le 5 décembre 2022 en cours du soir ?", "AST118", "000", Nov20)]
    // "combien de cours de X", "combien de cours par semaine": the UE's sessions, the class days of the week.
    [InlineData("il reste combien de cours de TRS103 en cours du jour ?", "TRS103 | il reste | séances | !ECTS", "000", Nov20)]
    [InlineData("combien de cours par semaine en cours du jour ?", "lundi (13) | nombre de jours de cours", "000", Nov20)]
    // Saturdays: the evening grid places none, but its hours announce them, and so do the culture parcours' (whose grid is empty).
    [InlineData("y a-t-il cours le samedi en licence ?", "aucune séance le samedi | samedi : cours en journée | insertion par la culture | 10h - 16h", "000", Nov20)]
    [InlineData("quand ont lieu les cours du parcours insertion par la culture ?", "grille publiée est vide | samedi : 10h - 16h", "000", Nov20)]
    // La Réunion: the days of the week, not the calendar of the year.
    [InlineData("quels jours ont lieu les cours à la Réunion ?", "du lundi au vendredi de 17h à 21h | !Début des cours", "004", Nov20)]
    [InlineData("combien de fois par semaine pour le CASP à la Réunion ?", "du lundi au vendredi de 17h à 21h | !Examens", "004", Nov20)]
    [InlineData("quel cours le 15 décembre en cours du jour ?", "TRS104", "000", Nov20)]
    [InlineData("c'est quand mon prochain cours ?", "21 novembre 2022 | AST107 | AST118", "000", Nov20)]
    [InlineData("quel cours ai-je demain en cours du soir ?", "21 novembre 2022 | AST118", "000", Nov20)]
    [InlineData("c'est quand mon prochain cours en cours du soir ?", "13 mars 2023 | TRS107", "000", "2023-03-12")]
    [InlineData("c'est quand mon prochain cours de TRS102 ?", "24 novembre 2022 | !6 octobre 2022", "000", Nov20)]
    [InlineData("à quelle heure sont les cours du soir de la licence ?", "18h15 | 21h15", "000", Nov20)]
    [InlineData("quand a lieu la soutenance de mémoire de la licence ?", "20 novembre 2023", "000", Nov20)]
    [InlineData("C'est quoi la date limite pour rendre le mémoire ?", "20 novembre 2023 | !71 séances", "000", Nov20)]
    [InlineData("When is the thesis due?", "semaine du 20 novembre 2023 | !71 sessions", "000", Nov20)]
    [InlineData("When does TRS102 start in evening classes?", "6 October 2022", "000", Nov20)]
    [InlineData("Quel est le dernier cours de CCE105 en cours du soir ?", "7 juin 2023", "000", Nov20)]
    [InlineData("Quand commence le second semestre à La Réunion ?", "27/02/2017 | !19/09/2016", "004", Nov20)]
    [InlineData("dates du semestre 1 à la Réunion ?", "19/09/2016 | !27/02/2017", "004", Nov20)]
    [InlineData("Quand est la journée d'accueil en cours du soir ?", "ne mentionne pas | 14 novembre 2022", "000", Nov20)]
    [InlineData("Quelle UE le 14 mars 2023 en cours du soir ?", "TRS104 | 18h15", "000", Nov20)]
    [InlineData("How many sessions of TRS102 in evening classes?", "TRS102 | 14 sessions | !Soutenance", "000", Nov20)]
    // A UE named by its title with "séances de": that UE's sessions; one no grid holds (the evening English) gets what the
    // documents say of it and its own contact, not the whole grid.
    [InlineData("combien de séances d'anglais en cours du jour ?", "ANG200 | 6 séances | !71 séances", "000", Nov20)]
    [InlineData("il y a combien de séances d'anglais en cours du soir", "Je ne trouve pas de séance de ANG320 | langues.cnam.fr | par_langues@lecnam.net | !132 séances", "000", Nov20)]
    // Registration dates: La Réunion's calendar gives them; the Paris documents do not, and the answer says what they say.
    [InlineData("Quand ouvrent les inscriptions ?", "pas de dates d'inscription au Cnam Paris | septembre et février | 6 juin 2016 | 31/10/2016", "004", Nov20)]
    [InlineData("Jusqu'à quand peut-on s'inscrire à la licence ?", "pas de dates d'inscription au Cnam Paris | par_intervention-sociale@lecnam.net | !2016", "000", Nov20)]
    // Applying is registering: the registration dates, not the classes' dates.
    [InlineData("What's the deadline to apply for the licence?", "no registration dates at Cnam Paris | !71 sessions", "000", Nov20)]
    [InlineData("c'est quoi l'UE de jeudi en cours du soir ?", "jeudi 24 novembre 2022 | TRS102 | !AST113", "000", Nov20)]
    [InlineData("le cours de politiques culturelles c'est quand ?", "CCE107", "000", Nov20)]
    // A weekday in a year without a grid: the grid's sessions on that weekday, never the same date of the grid's year.
    [InlineData("Y a-t-il cours le lundi en cours du soir ?", "séances le lundi | 3 octobre 2022 | !mardi", "000", "2026-12-06")]
    [InlineData("Est-ce que les cours du soir ont lieu le samedi ?", "aucune séance le samedi | samedi : cours en journée | !lundi 12 décembre", "000", "2026-12-06")]
    // The weekend is the Saturday (no class day on Sunday): not the last class ("end").
    [InlineData("ya des cours le week-end ?", "aucune séance le samedi | !dernier cours", "000", "2026-12-06")]
    [InlineData("Are there classes at the weekend?", "no session on Saturdays | !last class", "000", "2026-12-06")]
    // A weekday every week ("le lundi", "combien de samedis", "on Mondays"), in the grid's year too: its sessions on that
    // weekday, not the next such day; "ce lundi" is the next one.
    [InlineData("Y a-t-il cours le lundi en cours du soir ?", "séances le lundi | 3 octobre 2022 | !pas de cours (lundi 21 novembre 2022) | !ne contiennent que", "000", Nov20)]
    [InlineData("En cours du soir, combien de samedis ?", "aucune séance le samedi | !26 novembre", "000", Nov20)]
    [InlineData("Are there evening classes on Mondays?", "sessions on Mondays | !21 November", "000", Nov20)]
    [InlineData("Y a-t-il cours ce lundi en cours du soir ?", "lundi 21 novembre 2022 | !séances le lundi", "000", Nov20)]
    // How often a week: the grid's class days by weekday, not the fees ("c'est combien") nor the modes.
    [InlineData("Les cours du soir c'est combien de fois par semaine ?", "cours le lundi (26) | Soit en moyenne 4,3 jours de cours par semaine sur les 31 semaines qui en ont (de 2 à 5 selon la semaine) | !Les tarifs dépendent", "000", Nov20)]
    [InlineData("how many days a week are the day classes of the licence?", "Monday (13) | That is on average 4.2 class days a week over the 17 weeks that have classes (1 to 5 depending on the week).", "000", Nov20)]
    // Which weekdays only, not how many a week: the counts by weekday, no average.
    [InlineData("quels jours ont lieu les cours du soir de la licence ?", "cours le lundi (26) | !en moyenne", "000", Nov20)]
    [InlineData("les cours du soir c'est combien de soirs par semaine ?", "cours le lundi (26) | !Les tarifs dépendent", "000", Nov20)]
    [InlineData("Combien de jours par semaine en journée ?", "cours le lundi (13) | !formation sur 1 an", "000", Nov20)]
    [InlineData("How many times a week are the evening classes?", "classes on Monday (26)", "000", Nov20)]
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
    [InlineData("Les cours du jour commencent à quelle date en 2022 ?", "premier cours le **mardi 15 novembre 2022** | !1 janvier 2022", "000", Nov20)]
    [InlineData("What date do evening classes start in 2022?", "first class on **Monday 3 October 2022** | !1 January 2022", "000", Nov20)]
    // "y a-t-il cours" with a date: what the grid holds that day.
    [InlineData("Le 12 décembre y a-t-il cours en licence cours du soir ?", "lundi 12 décembre 2022 : AST118 | !s'organise autour", "000", Nov20)]
    [InlineData("on a cours le 1er mai ?", "1 mai 2023 : Férié", "000", Nov20)]
    // A CASP or CP29 UE: no grid dates it, but La Réunion's documents place it in a semester (TET099 in the second, not the
    // first semester's dates).
    [InlineData("TET099 c'est quel semestre à la Réunion ?", "semestre 2 au Cnam La Réunion | 27/02/2017 | 24/06/2017 | !19/09/2016", "004", Nov20)]
    [InlineData("quand a lieu TET099 ?", "planning détaillé (dates des cours) de cette formation à Paris n'est pas | semestre 2 au Cnam La Réunion | 27/02/2017", "004", Nov20)]
    [InlineData("When is PSY001 taught?", "semester 1 at Cnam La Réunion | 19/09/2016 | 11/02/2017", "004", Nov20)]
    // Whether registration is open, or too late: the registration dates the documents give.
    [InlineData("Les inscriptions sont-elles ouvertes ?", "pas de dates d'inscription au Cnam Paris | 31/10/2016 | !Portes ouvertes et réunions d'information**", "004", Nov20)]
    // A year asked that the documents do not cover: their dates are another year's, said as such; the year they cover is not.
    [InlineData("Les inscriptions pour 2027 sont-elles ouvertes ?", "ne donnent pas les dates d'inscription de 2027-2028 ; les seules qu'ils donnent sont celles du Cnam La Réunion pour 2016-2017 | 31/10/2016", "004", Nov20)]
    [InlineData("Quand ouvrent les inscriptions pour la rentrée 2016 ?", "Cnam La Réunion (2016-2017) : | 6 juin 2016 | !ne donnent pas les dates d'inscription de", "004", Nov20)]
    [InlineData("Les inscriptions au Cnam La Réunion pour 2027, c'est quand ?", "ne donnent pas le calendrier 2027-2028 du Cnam La Réunion | calendrier prévisionnel 2016-2017 | 31/10/2016", "004", Nov20)]
    [InlineData("When do classes start at Cnam La Réunion in 2016?", "Provisional calendar 2016-2017, Cnam La Réunion | 19/09/2016 | !do not give", "004", Nov20)]
    [InlineData("est-il trop tard pour s'inscrire ?", "pas de dates d'inscription au Cnam Paris | 31/03/2017", "004", Nov20)]
    [InlineData("Is registration open for the CASP?", "no registration dates at Cnam Paris | 31/10/2016", "004", Nov20)]
    [InlineData("When do registrations close in Réunion?", "31/10/2016 | 31/03/2017 | !Pièces à fournir", "004", Nov20)]
    [InlineData("jusqu'à quand peut-on s'inscrire à la Réunion ?", "31/10/2016 | 31/03/2017 | !Accès direct", "004", Nov20)]
    // Whether one may join in a month: the registration dates, not that month's classes.
    [InlineData("est-ce que je peux commencer en février ?", "septembre et février | 31/03/2017 | !Je vérifie avec vous", "004", Nov20)]
    [InlineData("Can I start in February?", "give no registration dates at Cnam Paris | 31/03/2017 | !Wednesday 1 February", "004", Nov20)]
    // A UE in general: its hours by its credits, not the class hours.
    [InlineData("une UE c'est combien d'heures ?", "6 crédits = **45 h** de cours | 4 crédits = **30 h** | !18h15", "003", Nov20)]
    [InlineData("How many hours is a unit?", "6 credits = **45 h** of classes | !18h15", "003", Nov20)]
    [InlineData("combien d'heures de cours par jour ?", "9h30 - 17h | 18h15 - 21h15 | !crédits =", "000", Nov20)]
    // "les jours de cours" are the planning's.
    [InlineData("Quels sont les jours de cours à La Réunion pour le CP29 ?", "du lundi au vendredi de 17h à 21h | !Tronc commun du titre", "004", Nov20)]
    // "candidater" is registering: the registration dates, not the grid.
    [InlineData("Est ce qu'il y a une date limite pour candidater à la licence ?", "ne donnent pas de dates d'inscription au Cnam Paris | réunions d'information | !71 séances", "000", Nov20)]
    // "What is the welcome day?" asks the event, not what the programmes are.
    [InlineData("What is the welcome day?", "Monday 14 November 2022 | !The programmes I know about", "000", Nov20)]
    public Task PlanningAnswersGiveTheDocumentsDates(string question, string expected, string source, string today) =>
        AssertAnswerAsync(question, expected, source, today);

    [Theory]
    [InlineData("quels sont les jours fériés en cours du soir ?", "11 novembre 2022 | 1 mai 2023 | 8 mai 2023", "000")]
    [InlineData("quand sont les vacances à La Réunion ?", "17/12/2016 | 9/01/2017", "004")]
    // The Paris grids name no holidays: their weeks without classes are given, within the period asked if any.
    [InlineData("quand sont les vacances en cours du soir ?", "pas de cours du samedi 17 décembre 2022 au dimanche 1 janvier 2023 | reprise le lundi 2 janvier 2023 | 22 avril 2023 | ne nomme pas ces périodes | !Férié", "000")]
    [InlineData("quand sont les vacances de février en cours du jour ?", "11 février 2023 au dimanche 5 mars 2023 | !décembre 2022 | !Férié", "000")]
    [InlineData("When are the holidays in the evening course?", "no classes from Saturday 17 December 2022", "000")]
    // "public holidays" are the days off, "school holidays" and "summer break" the weeks without classes.
    [InlineData("What are the public holidays in the planning?", "Friday 11 November 2022 : Férié | !Who", "000")]
    [InlineData("Are there classes during school holidays?", "no classes from Saturday 17 December 2022", "000")]
    [InlineData("Is there a summer break?", "no classes from", "000")]
    // A holiday named by its day: the break around it only.
    [InlineData("il y a cours pendant les vacances de Noël en cours du soir ?", "pas de cours du samedi 17 décembre 2022 au dimanche 1 janvier 2023 | !avril 2023 | !février 2023", "000")]
    public Task HolidayAnswersGiveTheDocumentsDates(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);
}
