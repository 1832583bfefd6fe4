using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// Credits priced by the credit (La Réunion's programmes, the CASP's evening UE in Paris): the credits times the rate, plus
/// the fixed fees of the same funding, the registration and file fees, which hold for one year's registration when the
/// registration fee is yearly. The question answerer's computations and the questionnaire's card both price this way.
/// </summary>
public sealed record CreditCost(int Credits, Tariff Rate, IReadOnlyList<Tariff> FixedFees)
{
    public decimal Sum => Credits * Rate.Amount!.Value + FixedFees.Sum(f => f.Amount!.Value);

    /// <summary>The registration fee is due every year: the sum is one year's.</summary>
    public bool Yearly => FixedFees.Any(f => f.Unit == "par-an");

    /// <summary>
    /// <paramref name="credits"/> at <paramref name="rate"/>, with the fixed fees among <paramref name="tariffs"/> that go
    /// with it: the same modality and funding ("demandeur d'emploi" ones for a job seeker of either category), one of each
    /// kind, in the order of <paramref name="tariffs"/>.
    /// </summary>
    public static CreditCost Of(int credits, Tariff rate, IEnumerable<Tariff> tariffs) => new(credits, rate,
        tariffs.Where(x => x.Kind is "droit-inscription" or "frais-dossier" && x.Amount is not null && x.Modality == rate.Modality
                && (x.Funding == rate.Funding || rate.Funding?.StartsWith(x.Funding + "-", StringComparison.Ordinal) == true))
            .DistinctBy(x => x.Kind).ToList());
}

/// <summary>
/// One UE priced by a rate per credit or per hour: its credits, its hours when the rate is by the hour (the document's
/// correspondence of credits and hours, given where a rate is by the hour, never used elsewhere), and its price.
/// </summary>
public sealed record UnitPrice(int Credits, int? Hours, Tariff Rate)
{
    public decimal Amount => (Hours ?? Credits) * Rate.Amount!.Value;

    /// <summary>The numbers of credits the UEs (not the activity units) of <paramref name="programmes"/> have at <paramref name="centre"/>, smallest first.</summary>
    public static IReadOnlyList<int> UeCredits(KnowledgeBase kb, IEnumerable<string> programmes, string? centre) =>
        programmes.SelectMany(p => kb.UnitsOf(p, centre)).Where(u => u.Ue?.Kind == "UE")
            .Select(u => u.Ects).OfType<int>().Distinct().Order().ToList();

    /// <summary>A UE of <paramref name="credits"/> at <paramref name="rate"/>; null when the rate is by the hour and the documents give no hours for that many credits.</summary>
    public static UnitPrice? Of(KnowledgeBase kb, int credits, Tariff rate)
    {
        if (rate.Unit != "par-heure")
        {
            return new UnitPrice(credits, null, rate);
        }
        return kb.CreditHours().FirstOrDefault(c => c.Credits == credits)?.Hours is { } hours ? new UnitPrice(credits, hours, rate) : null;
    }
}
