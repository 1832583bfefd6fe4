using KProgramme = Cnam.Bot.Knowledge.Model.Programme;

namespace Cnam.Bot.Dialogs.Questions;

// "la licence se fait à distance ?", "le parcours culture se fait en cours du jour ?", "Can I do the CP29 online?": a
// closed question naming one modality is answered yes or no first, from the programmes' modalities and their parcours'.
public sealed partial class ProgrammeAnswerer
{
    /// <summary>
    /// "**Oui** : …" / "**Non** : …" when <paramref name="s"/> asks, with no open-question word, whether the programmes (and
    /// the parcours named) can be followed in the one modality it names; null otherwise.
    /// </summary>
    private string? ModalityVerdict(IReadOnlyList<KProgramme> programmes, Slots s)
    {
        // Not AnsweringVocabulary.AsksYesOrNo: without a question mark too ("la licence se fait a distance", "je veux faire le
        // CASP en alternance") whether the mode is offered is what the person needs first.
        // "peut-on faire la licence en 2 ans en cours du jour ?" asks a length too, which the modality alone does not answer.
        if (s.Modality is not { } mode || s.Utterance.Entities.Domain.Modalities.Count != 1 || s.Mentions(vocabulary.OpenQuestionWords)
            || programmes.Select(p => p.Code).Distinct().Count() != 1 || s.Utterance.Entities.PlanYears is not null
            || s.Utterance.Entities.Durations.Count > 0)
        {
            return null;
        }
        var code = programmes[0].Code;
        var parcours = s.Utterance.Entities.Parcours is null ? null
            : programmes.SelectMany(p => p.Parcours).FirstOrDefault(x => x.Id == s.Parcours);
        var what = parcours is null ? Format.Programme(code, s.Language) : s.L($"le parcours {parcours.Title}", $"the {parcours.Title} track");
        var modality = Format.Modality(mode, s.Language);
        var offering = programmes.Where(p => p.Modalities.Any(m => m.Id == mode)).ToList();
        if (mode == "jour" && offering.Count > 0 && vocabulary.SpeaksOfWorking(s.Question))
        {
            // "peut-on travailler en même temps que la licence en cours du jour ?": whether a job fits beside the day classes
            // is asked, not whether they exist; the documents do not say, their hours follow, and the other modes are named.
            var others = programmes.SelectMany(p => p.Modalities).Select(m => m.Id).Where(id => id != "jour").Distinct(StringComparer.Ordinal)
                .Select(id => Format.Modality(id, s.Language)).ToList();
            return s.L($"Mes documents ne disent pas si l'on peut travailler en suivant {what} en cours du jour, qui ont lieu en journée (ci-dessous).",
                    $"My documents do not say whether one can work while following {what} in day classes, which take place during the day (below).")
                + (others.Count == 0 ? "" : s.L($" À côté d'un emploi, ils décrivent aussi : {string.Join(", ", others)}.", $" Beside a job, they also describe: {string.Join(", ", others)}."));
        }
        if (offering.Count > 0 && parcours is { Modalities.Count: > 0 } && !parcours.Modalities.Contains(mode))
        {
            var its = string.Join(s.L(" ou ", " or "), parcours.Modalities.Select(m => Format.Modality(m, s.Language)));
            return s.L($"**Non** : d'après mes documents, {what} ne se suit pas en {modality}, seulement en {its}.",
                $"**No**: according to my documents, {what} is not offered as {modality}, only as {its}.");
        }
        if (offering.Count == 0 && s.CentreSaid && s.Centre is { } centre
            && kb.Programmes(code, null).Where(p => p.Modalities.Any(m => m.Id == mode)).Select(p => p.Centre).OfType<string>().Distinct().ToList() is { Count: > 0 } elsewhere)
        {
            // "le CASP en alternance, c'est possible à Paris ?": not there, but at another centre.
            var others = string.Join(s.L(" et au Cnam ", " and Cnam "), elsewhere);
            return s.L($"**Non** au Cnam {centre} : d'après mes documents, {what} se suit en {modality} seulement au Cnam {others}.",
                $"**No** at Cnam {centre}: according to my documents, {what} is offered as {modality} only at Cnam {others}.");
        }
        if (offering.Count == 0)
        {
            return s.L($"**Non** : mes documents ne proposent pas {what} en {modality}.", $"**No**: my documents do not offer {what} as {modality}.");
        }
        var centres = string.Join(s.L(" et au Cnam ", " and Cnam "), offering.Select(p => p.Centre).OfType<string>().Distinct());
        return s.L($"**Oui** : d'après mes documents, {what} se suit en {modality} au Cnam {centres}.",
            $"**Yes**: according to my documents, {what} is offered as {modality} at Cnam {centres}.");
    }
}
