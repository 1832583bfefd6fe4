namespace Cnam.Bot.Tests.Questions;

/// <summary>Fees: the documents' figures and the computations they allow.</summary>
public sealed partial class TopicAnswerTests
{
    // Seed 000 (LP110, 2022-2023) and seeds 003/004 (CPN42, CP29, 2016-2017), with the computations they allow.
    [Theory]
    [InlineData("combien coûte la licence en cours du jour avec le CPF ?", "5 950 € | !8 300 €", "000")]
    // The CP29's day-class price is the whole titre's at Paris only: said with where, La Réunion's fees coming first.
    [InlineData("c'est combien le CP29 ?", "Au Cnam Paris, en cours du jour, mes documents ne donnent que le prix du titre CASP (CPN42) complet | 3 358 € | 14 €", "003")]
    // Can this funding pay? Yes first where the documents price that very funding for the programme.
    [InlineData("Est-ce que le CPF peut financer le CASP ?", "**Oui** : mes documents donnent un tarif « CPF » pour le titre | 30 €", "003")]
    [InlineData("Can I use my CPF for the licence?", "**Yes**: my documents price \"CPF\" funding for the Licence | 5 950 €", "000")]
    [InlineData("je peux utiliser mon CPF pour le CP29 à la Réunion ?", "Eligible CPF | !**Oui**", "004")]
    [InlineData("combien coûte la licence avec le CPF ?", "5 950 € | !**Oui**", "000")]
    [InlineData("le prix total du CASP à Paris en cours du soir en individuel ?", "14 € | !**Oui**", "003")]
    // A year with no fees: the years known are those of the fees shown (the licence's), not every programme's.
    [InlineData("Quels seront les tarifs de la licence en 2027 ?", "pas les tarifs 2027-2028 | seuls tarifs que je connais sont ceux de 2022-2023. | !2016-2017 et", "000")]
    // A year after "depuis" is when the person's situation started, not the year whose fees are asked.
    [InlineData("je suis demandeur d'emploi depuis 2019, combien coûte la licence ?", "8 300 € | !pas les tarifs 2019", "000")]
    [InlineData("je suis au chômage depuis le 3 mars 2024, le CASP c'est combien ?", "5 976 € | !pas les tarifs 2024", "003")]
    [InlineData("Puis-je utiliser mon CPF pour la licence ?", "**Oui** : mes documents donnent un tarif « CPF » | 5 950 €", "000")]
    [InlineData("Pôle emploi peut-il financer la licence ?", "**Oui** : mes documents donnent un tarif « Pôle emploi (France Travail) » | 8 300 €", "000")]
    [InlineData("Le CASP est-il éligible au CPF ?", "**Oui** : mes documents donnent un tarif « CPF » pour le titre | 30 €", "003")]
    [InlineData("Is the licence eligible for the CPF?", "**Yes**: my documents price \"CPF\" funding | 5 950 €", "000")]
    // No programme named nor asked before: the programmes priced for that funding, where.
    [InlineData("mon employeur peut-il financer la formation ?", "**Oui** : mes documents donnent un tarif « employeur » pour la Licence professionnelle Intervention sociale (LP110) (Cnam Paris) et le titre Chargé d'accompagnement social et professionnel (CASP, CPN42) (Cnam Paris) : | 8 300 € | 11 952 €", "000")]
    [InlineData("La formation est-elle éligible au CPF ?", "**Oui** : mes documents donnent un tarif « CPF » pour la Licence | 5 950 € | Eligible CPF", "000")]
    [InlineData("can my employer pay for the training?", "**Yes**: my documents price \"employer\" funding for the Licence | 8 300 €", "000")]
    [InlineData("combien coûte la formation avec le CPF ?", "5 950 € | !**Oui**", "000")]
    [InlineData("La licence est-elle prise en charge par Pôle emploi ?", "**Oui** : mes documents donnent un tarif « Pôle emploi (France Travail) » | 8 300 €", "000")]
    // Free? A welfare benefit? The documents say neither; said before the fees.
    [InlineData("la licence est gratuite ?", "ne disent nulle part que la formation est gratuite | 4 150 €", "000")]
    [InlineData("Is the CASP free for job seekers?", "never say the programme is free | 5 976 €", "003")]
    [InlineData("Je suis au RSA, est-ce que la formation est gratuite ?", "ne parlent pas de votre allocation (RSA) et ne disent nulle part | vous-même", "004")]
    // "je peux faire … gratuitement ?" asks the price, not whether one may enter.
    [InlineData("je suis au RSA, je peux faire le CP29 gratuitement ?", "ne parlent pas de votre allocation (RSA) et ne disent nulle part que la formation est gratuite | !**Accès", "004")]
    [InlineData("can I do the CASP for free?", "never say the programme is free | 5 976 €", "003")]
    [InlineData("est-ce qu'on peut suivre la licence gratuitement ?", "ne disent nulle part que la formation est gratuite | 4 150 €", "000")]
    [InlineData("je touche les minima sociaux, combien coute le CP29 ?", "ne parlent pas des allocations | 30 €", "003")]
    [InlineData("I'm a single mum on benefits, is there any financial help?", "do not mention welfare benefits", "004")]
    [InlineData("I get universal credit, how much is the CASP?", "do not mention welfare benefits | 5 976 €", "003")]
    [InlineData("combien coûte la licence en cours du jour et en cours du soir ?", "4 150 € | 820 €", "000")]
    [InlineData("combien coûte la licence en cours du soir sur 2 ans en financement individuel ?", "410 € | !3 000 €", "000")]
    // "en tout": the yearly fee times the years.
    [InlineData("combien ça coute en tout la licence sur 2 ans en cours du soir en payant moi meme", "410 € | 2 × 410 € = **820 €**", "000")]
    // The plan's years said: the total over them too.
    [InlineData("la licence en soir sur 2 ans c'est combien ?", "Sur 2 ans (employeur / Pôle emploi (France Travail) / tiers payeur) : 2 × 1 500 € = **3 000 €** | Sur 2 ans (individuel) : 2 × 410 € = **820 €** | !Sur 2 ans (tiers payeur)", "000")]
    [InlineData("Je suis conseillère Pôle emploi depuis 5 ans avec un bac+2, la licence en cours du soir sur 2 ans me coûterait combien si je paie moi-même ?", "410 € | 2 × 410 € = **820 €**", "000")]
    [InlineData("Le CPF prend-il en charge le CP29 ?", "**Oui** : mes documents donnent un tarif « CPF » pour les UE du titre CASP, qui comprennent celles du certificat professionnel CP29 (Cnam Paris) | 30 € | de l'heure", "003")]
    [InlineData("Can I use my CPF for the CP29?", "**Yes** | the CASP title's units, which include those of | 30 €", "003")]
    [InlineData("Je suis demandeuse d'emploi catégorie 2, la licence en cours du jour me coûtera combien ?", "8 300 € | 4 150 € | si vous la financez vous-même", "000")]
    // No total of credits for the titre in the Paris document: no total cost, and La Réunion's total is not used for Paris.
    [InlineData("Combien coûte le CASP complet en cours du soir avec mon employeur ?", "144 € | ne donnent pas le total de crédits du titre | 120 ECTS | !17 280", "003")]
    [InlineData("combien coûte le CASP en cours du jour si mon employeur paie ?", "11 952 €", "003")]
    [InlineData("combien coûtent 6 crédits du CASP en financement employeur ?", "144 € | 864 €", "003")]
    [InlineData("Combien coûtent 2 UE de 6 crédits du CASP en financement employeur ?", "12 × 144 € = **1 728 €**", "003")]
    [InlineData("How much are two units of 6 credits of the CASP in evening classes, self-funded?", "12 × 14 € + 150 € registration fee = **318 €**", "003")]
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
    [InlineData("Quel est le coût total du CP29 à La Réunion pour un particulier ?", "compte 54 ECTS | 54 × 60 € + 100 € de droit d'inscription + 18 € de frais de dossier = **3 358 €** | pour une année d'inscription", "004")]
    [InlineData("Combien coûte le CASP en entier à La Réunion pour un particulier ?", "120 × 60 € + 100 € de droit d'inscription + 18 € de frais de dossier = **7 318 €** | !960 €", "004")]
    // La Réunion prices every programme by the credit: the programme's cost is that computation, total said or not,
    // with the fixed fees of the job seeker's funding too.
    [InlineData("combien coute le CP29 a la reunion", "compte 54 ECTS | **3 358 €** | 54 × 8 € + 100 € de droit d'inscription + 18 € de frais de dossier = **550 €**", "004")]
    [InlineData("How much is the CASP in Reunion?", "120 × 60 € + 100 € registration fee + 18 € application fee = **7 318 €** | for one year's registration", "004")]
    // The dates asked as such beside the fees: both answered.
    [InlineData("quelles sont les dates et les tarifs du CP29 à la Réunion ?", "Calendrier prévisionnel 2016-2017 | 54 × 60 €", "004")]
    [InlineData("les dates et le prix de la licence ?", "132 séances | 4 150 €", "000")]
    // A rate asked is the rate, not a programme's total.
    [InlineData("combien coûte un crédit du CP29 à la Réunion ?", "**60 €** par ECTS | !compte 54 ECTS", "004")]
    // Registration fees: the registration right with the file fees; none apart from the fees for the licence.
    [InlineData("Quels sont les frais d'inscription à La Réunion ?", "100 € | 118 €", "004")]
    [InlineData("Y a-t-il des frais d'inscription en plus pour la licence ?", "ne donnent pas de frais d'inscription à part | 4 150 €", "000")]
    [InlineData("Quels sont les frais d'inscription du CASP à Paris ?", "150 € | !11 952 €", "003")]
    [InlineData("How much is the registration fee in Reunion?", "100 € | 118 € | !60 €", "004")]
    // The DIB is La Réunion's registration fee: its amount, not the Paris CASP's registration fee.
    [InlineData("c'est combien le DIB ?", "100 € | droit individuel de base | !150 €", "004")]
    [InlineData("Is there an application fee in Reunion?", "18 € | 118 € | !60 €", "004")]
    [InlineData("What are the fees for the CASP?", "11 952 € | 144 €", "003")]
    // Two modalities named compare them: both are given.
    [InlineData("la licence est-elle plus cher en cours du jour ou du soir ?", "4 150 € | 820 €", "000")]
    [InlineData("Which is cheaper, day or evening classes for the licence?", "4 150 € | 820 €", "000")]
    // Said once, by the route's answer, with the other centre's price and whom to ask (not again by the fees' miss).
    [InlineData("Combien coûte la VAE à Paris ?", "ne donnent pas le tarif de la VAE au Cnam Paris ; ils donnent celui du Cnam La Réunion | 1 200 € | par_intervention-sociale@lecnam.net | !Pour information, tarif dans un autre centre", "004")]
    [InlineData("quels sont les tarifs de validation ?", "1 200 € | 520 € | 300 €", "004")]
    // One UE's price with no programme named: the programmes priced by the UE, credit or hour, the licence (priced by
    // the year) named, not "which programme?".
    [InlineData("combien coûte une UE en cours du soir ?", "La Licence professionnelle Intervention sociale (LP110) ne se paie ni à l'UE, ni au crédit, ni à l'heure | 6 × 144 € = **864 €** | !laquelle vous intéresse", "003")]
    [InlineData("combien coûte une UE ?", "ne se paie ni à l'UE, ni au crédit, ni à l'heure | 6 × 144 € = **864 €** | 6 × 60 € = **360 €**", "004")]
    [InlineData("combien coûte une UE de 6 crédits ?", "ni au crédit, ni à l'heure | 6 × 144 € = **864 €** | 6 × 60 € + 100 €", "004")]
    [InlineData("combien coûte une UE si je suis demandeur d'emploi ?", "45 h × 9,15 € = **411,75 €** | 6 × 8 € = **48 €** | !TET006 | !Demandeur d'emploi : 4 crédits", "003")]
    [InlineData("How much is one unit in evening classes in Paris?", "is not priced by the UE, the credit or the hour | 45 h × 9,15 € = **411,75 €** | !Which programme", "003")]
    // "the bachelor" is the licence asked, not a diploma owned ("I have a bachelor").
    [InlineData("How much does the bachelor cost if I'm unemployed?", "no job-seeker fee for the Licence professionnelle | 8 300 € | !Titre CASP", "000")]
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
    // The same with a modality La Réunion does not price apart ("en cours du soir"): what its documents say of that funding,
    // then the fees for everyone, not "no fee for this funding" and every funding's line.
    [InlineData("combien coûte le CASP à la Réunion en cours du soir si mon employeur paie ?", "pas de tarif chiffré pour un financement « employeur » au Cnam La Réunion | Opca | 118 € | !Je n'ai pas de tarif pour ce mode | !60 €", "004")]
    [InlineData("CASP à la Réunion avec mon CPF, combien ?", "pas de tarif chiffré pour un financement « CPF » | Eligible CPF | 118 €", "004")]
    [InlineData("How much is the CASP in Reunion if my employer pays?", "no figure for employer funding | OPCA | everyone: **118 €**", "004")]
    [InlineData("combien coûte le CP29 à la réunion pour un demandeur d'emploi ?", "8 € | !pas de tarif chiffré", "004")]
    [InlineData("CASP evening classes in Paris paid by my employer: what rate?", "144 € | credit | !Length and modes", "003")]
    [InlineData("Job seeker: hourly rate for CASP evening classes in Paris?", "9,15 €", "003")]
    // A plan length that prices the fee is not a question about the length; a length asked beside the fee is.
    [InlineData("combien coûte la licence en 2 ans si Pôle emploi paie ?", "1 500 € | !Durée et modalités", "000")]
    [InlineData("combien coûte la licence et combien de temps dure-t-elle ?", "4 150 € | Durée et modalités", "000")]
    [InlineData("combien de temps ça prend le CASP en cours du soir et combien ça coûte si je paie moi-même ?", "14 € | Durée et modalités | 2 à 3 ans", "003")]
    // Two centres named, to compare: each centre's fees, not the first one's alone.
    [InlineData("le CASP est-il moins cher à la Réunion qu'à Paris ?", "Cnam La Réunion — tarifs 2016-2017 | Titre CASP (CPN42), Cnam Paris — tarifs 2016-2017 | 60 € | 14 €", "004")]
    [InlineData("Is the CASP cheaper in La Réunion than in Paris?", "Cnam La Réunion — 2016-2017 fees | Titre CASP (CPN42), Cnam Paris — 2016-2017 fees", "003")]
    // "combien pour le …": its fees, not its modes.
    [InlineData("Combien pour le CP29 en cours du soir à Paris ?", "14 € | par crédit | !Durée et modalités", "003")]
    // A funding one centre prices and the other does not: the other's rule is said, each centre's fees follow.
    // The centre that prices the funding first; then what the other's documents say of it, and its other fees (not "the
    // fees for everyone", which would read as the whole price).
    [InlineData("Combien coûte le CASP si mon employeur paie ?", "pas de tarif chiffré pour un financement « employeur » au Cnam La Réunion | Opca | Les autres frais au Cnam La Réunion | 11 952 € | 144 € | !Les frais qui s'appliquent à tous", "003")]
    [InlineData("je suis salariée, puis-je utiliser mon CPF pour le CASP ?", "30 € | pas de tarif chiffré pour un financement « CPF » au Cnam La Réunion | Eligible CPF", "003")]
    [InlineData("What's the price of the CP29 if my employer pays?", "whole CASP title | no figure for employer funding at Cnam La Réunion | OPCA | 144 €", "003")]
    // A registration fee a centre or a programme does not give: what the documents give instead, said so.
    [InlineData("Quels sont les frais de dossier à Paris ?", "ne donnent pas de frais de dossier au Cnam Paris | 150 € | !Je n'ai pas de tarif", "003")]
    [InlineData("frais de dossier pour la licence ?", "ne donnent pas de frais de dossier à part pour la Licence | 4 150 €", "000")]
    // A funding and no programme: each programme's lines for it, not "which programme?".
    [InlineData("la formation est elle éligible au CPF ?", "5 950 € | 30 € | « Eligible CPF » | !laquelle vous intéresse", "000")]
    [InlineData("Can I use my CPF?", "5 950 € | 30 € | !which one", "000")]
    // Funding asked in general: what the documents say of it and whom they name, not "which programme?".
    [InlineData("est ce qu'on peut avoir une aide financière ?", "Ce que mes documents disent du financement | Opca | sandrine.nacreon@lecnam.net | !laquelle vous intéresse", "004")]
    [InlineData("je suis au RSA, est ce que la formation peut être gratuite ?", "Ce que mes documents disent du financement | Opca | !laquelle vous intéresse", "004")]
    [InlineData("Is it free?", "What my documents say about funding | !which one", "004")]
    [InlineData("Is there any financial help?", "What my documents say about funding | OPCA | !which one", "004")]
    // "qui paie lui-même" is self-funding; the experience report's fee is that fee, not a UE's missing price.
    [InlineData("le CASP en journée c'est combien pour un salarié qui paie lui-même ?", "5 976 € | !11 952 €", "003")]
    [InlineData("le rapport d'expérience professionnelle coûte combien ?", "152 € | !prix pour l'UE | !jury national", "004")]
    // A funder the documents never speak of: said so first, then what they say of funding or the programme's fees.
    [InlineData("la formation est-elle finançable par la région ?", "Mes documents ne parlent pas d'un financement par la Région | Ce que mes documents disent du financement", "004")]
    [InlineData("la CAF peut-elle payer la licence ?", "ne parlent pas d'un financement par la CAF | 4 150 €", "000")]
    [InlineData("Can the region fund the CASP?", "do not mention funding by the Region | 11 952 €", "003")]
    [InlineData("combien coûte la licence dans ma région ?", "4 150 € | !ne parlent pas d'un financement", "000")]
    // One UE asked, none named: its price for each number of credits the programme's UEs have, by each rate; the
    // document's hours per credit only where a rate is by the hour (Paris); no price for one UE of a programme priced by the year.
    [InlineData("Combien coûte une UE du CASP à la Réunion ?", "Une UE de 6 crédits — individuel : 6 × 60 € = **360 €** | Une UE de 4 crédits | S'y ajoutent les frais de dossier et le droit d'inscription | !120 × 60 € | !(45 h)", "004")]
    [InlineData("combien coûte une UE du CASP à Paris ?", "Une UE de 6 crédits (45 h) — employeur : 6 × 144 € = **864 €** | CPF : 45 h × 30 € = **1 350 €** | 650 € | S'y ajoute le droit d'inscription", "003")]
    [InlineData("How much does a module of the CASP cost in Paris?", "A UE of 8 credits (60 h) — employer: 8 × 144 € = **1 152 €**", "003")]
    [InlineData("combien coûte une UE de la licence ?", "mes documents ne donnent pas de prix pour une UE seule | 4 150 €", "000")]
    public Task TariffAnswersGiveTheDocumentsFigures(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    [Fact]
    public void TheCentreThatPricesTheFundingComesBeforeTheOneThatDoesNot()
    {
        // Seed 003 prices the CASP's evening UE at 30 € an hour with the CPF; seed 004 says "Eligible CPF" with no figure.
        var text = string.Join("\n", fixture.Ask("je suis salariée, puis-je utiliser mon CPF pour le CASP ?").Sections.Select(x => x.Text));
        Assert.True(text.IndexOf("30 €", StringComparison.Ordinal) is >= 0 and var priced
            && priced < text.IndexOf("pas de tarif chiffré", StringComparison.Ordinal), text);
    }
}
