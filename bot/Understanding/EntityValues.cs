namespace Cnam.Bot.Understanding;

/// <summary>Our programmes: LP110 licence, CPN42 titre (CASP), CP29 certificat.</summary>
public enum Programme { LicencePro, Casp, Cp29 }

/// <summary>The two parcours of the licence.</summary>
public enum Parcours { InsertionProfessionnelle, InsertionCulture }

/// <summary>Cnam centres and, for La Réunion, its teaching sites.</summary>
/// <summary>
/// Where the courses are: Paris, La Réunion, one of La Réunion's sites the documents give (Le Port, Saint-Louis,
/// Saint-Benoît), or another town of La Réunion, where the documents give no site (<see cref="ReunionTown"/>).
/// </summary>
public enum Centre { Paris, LaReunion, LePort, SaintLouis, SaintBenoit, ReunionTown }

/// <summary>How the courses are followed.</summary>
public enum Modality { Day, Evening, Distance, Alternance }

/// <summary>Who pays.</summary>
public enum Funding { Employer, Opco, Cpf, FranceTravail, Individual, JobSeeker, ThirdParty, Dif }

/// <summary>The field of a work experience, as the access and diploma rules need it.</summary>
public enum ExperienceField { None, Other, Insertion, AccompagnementSocialProfessionnel, AccueilInformationOrientation }

/// <summary>The unit a duration was said in.</summary>
public enum DurationUnit { Day, Week, Month, Year }

/// <summary>What a date mention covers.</summary>
public enum DateKind { Day, Week, Month, Year, AcademicYear, Range }

/// <summary>What the dialog just asked, so a bare answer ("un master", "3 ans") is read the right way.</summary>
public enum Expectation { None, Diploma, Experience, Funding, Modality, Programme, Centre, Date }

public static class EntityValueExtensions
{
    /// <summary>True for La Réunion and each of its sites.</summary>
    public static bool IsReunion(this Centre centre) => centre != Centre.Paris;

    /// <summary>One of La Réunion's sites the documents give (Le Port, Saint-Louis, Saint-Benoît).</summary>
    public static bool IsSite(this Centre centre) => centre is Centre.LePort or Centre.SaintLouis or Centre.SaintBenoit;

    /// <summary>A town of La Réunion said where the documents give no site, and no site said with it.</summary>
    public static bool TownWithoutSite(this IEnumerable<Centre> centres) =>
        centres.Contains(Centre.ReunionTown) && !centres.Any(IsSite);

    /// <summary>The centre as the knowledge base names it: "Paris" or "La Réunion" (a Réunion site is La Réunion).</summary>
    public static string CentreName(this Centre centre) => centre.IsReunion() ? "La Réunion" : "Paris";

    /// <summary>The programme code used by the Cnam ("LP110", "CPN42", "CP29").</summary>
    public static string Code(this Programme programme) => programme switch
    {
        Programme.LicencePro => "LP110",
        Programme.Casp => "CPN42",
        _ => "CP29",
    };
}
