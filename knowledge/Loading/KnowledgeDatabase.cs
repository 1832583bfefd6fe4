using System.Globalization;
using System.Security.Cryptography;
using Cnam.Bot.Knowledge.Model;
using LiteDB;

namespace Cnam.Bot.Knowledge.Loading;

/// <summary>
/// The LiteDB copy of the knowledge base. It stores every record plus the hash of the source files; when the
/// files change (hash mismatch) the database is rebuilt from them, after validation. A broken knowledge base
/// is never written: <see cref="KnowledgeValidationException"/> is thrown instead.
/// </summary>
public static class KnowledgeDatabase
{
    private const string Meta = "meta";
    private const string HashKey = "sourceHash";

    private static readonly BsonMapper Mapper = CreateMapper();

    /// <summary>SHA-256 over the relative path and bytes of every data file, in a stable order.</summary>
    public static string ComputeHash(string dataDirectory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in KnowledgeLoader.DataFiles(dataDirectory))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(KnowledgeLoader.Relative(dataDirectory, path) + "\n"));
            sha.AppendData(File.ReadAllBytes(path));
            sha.AppendData([0]);
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    /// <summary>
    /// Returns the records of <paramref name="db"/> when they were built from the current files, otherwise
    /// loads and validates the files and rebuilds the database.
    /// </summary>
    public static KnowledgeData OpenOrBuild(ILiteDatabase db, string dataDirectory, out bool rebuilt)
    {
        var hash = ComputeHash(dataDirectory);
        var meta = db.GetCollection(Meta);
        var stored = meta.FindById(HashKey)?["value"];
        if (stored is not null && stored.IsString && stored.AsString == hash)
        {
            rebuilt = false;
            return Read(db);
        }
        var data = KnowledgeLoader.LoadOrThrow(dataDirectory);
        Write(db, data, hash);
        rebuilt = true;
        return data;
    }

    /// <summary>The hash the database was built from, or null for an empty database.</summary>
    public static string? StoredHash(ILiteDatabase db) => db.GetCollection(Meta).FindById(HashKey)?["value"]?.AsString;

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { SerializeNullValues = false, TrimWhitespace = false, EmptyStringToNull = false };
        mapper.RegisterType(
            d => new BsonValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            b => DateOnly.ParseExact(b.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return mapper;
    }

    private static void Write(ILiteDatabase db, KnowledgeData data, string hash)
    {
        db.BeginTrans();
        try
        {
            // DropCollection is refused inside a transaction: empty the collections instead, so a rebuild is atomic.
            foreach (var name in db.GetCollectionNames().ToList())
            {
                db.GetCollection(name).DeleteAll();
            }
            Put(db, "sources", data.Sources);
            Put(db, "programmes", data.Programmes);
            Put(db, "ues", data.Ues);
            Put(db, "tariffs", data.Tariffs);
            Put(db, "creditHours", data.CreditHours);
            Put(db, "plannings", data.Plannings);
            Put(db, "keyDates", data.KeyDates);
            Put(db, "internships", data.Internships);
            Put(db, "access", data.Access);
            Put(db, "validationRoutes", data.ValidationRoutes);
            Put(db, "contacts", data.Contacts);
            Put(db, "registration", data.Registration);
            Put(db, "exams", data.Exams);
            Put(db, "facts", data.Facts);
            Put(db, "eligibility", data.Eligibility);
            Put(db, "meetings", data.Meetings);
            db.GetCollection(Meta).Upsert(new BsonDocument { ["_id"] = HashKey, ["value"] = hash });
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }

    private static KnowledgeData Read(ILiteDatabase db)
    {
        var data = new KnowledgeData();
        data.Sources.AddRange(Get<SourceDocument>(db, "sources"));
        data.Programmes.AddRange(Get<Programme>(db, "programmes"));
        data.Ues.AddRange(Get<Ue>(db, "ues"));
        data.Tariffs.AddRange(Get<Tariff>(db, "tariffs"));
        data.CreditHours.AddRange(Get<CreditHours>(db, "creditHours"));
        data.Plannings.AddRange(Get<Planning>(db, "plannings"));
        data.KeyDates.AddRange(Get<KeyDate>(db, "keyDates"));
        data.Internships.AddRange(Get<Internship>(db, "internships"));
        data.Access.AddRange(Get<Access>(db, "access"));
        data.ValidationRoutes.AddRange(Get<ValidationRoute>(db, "validationRoutes"));
        data.Contacts.AddRange(Get<Contact>(db, "contacts"));
        data.Registration.AddRange(Get<InfoSheet>(db, "registration"));
        data.Exams.AddRange(Get<InfoSheet>(db, "exams"));
        data.Facts.AddRange(Get<Fact>(db, "facts"));
        data.Eligibility.AddRange(Get<EligibilityProgramme>(db, "eligibility"));
        data.Meetings.AddRange(Get<Meeting>(db, "meetings"));
        return data;
    }

    // Records are wrapped under "r" with a sequence number as _id: file order is kept, and a record's own
    // Id property never collides with LiteDB's key.
    private static void Put<T>(ILiteDatabase db, string name, List<T> records)
    {
        var collection = db.GetCollection(name);
        collection.InsertBulk(records.Select((r, i) => new BsonDocument { ["_id"] = i, ["r"] = Mapper.ToDocument(r) }));
    }

    private static IEnumerable<T> Get<T>(ILiteDatabase db, string name) =>
        db.GetCollection(name).FindAll().OrderBy(d => d["_id"].AsInt32).Select(d => Mapper.ToObject<T>(d["r"].AsDocument));
}
