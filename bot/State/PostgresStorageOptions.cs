using System.Text.RegularExpressions;
using Npgsql;

namespace Cnam.Bot.State;

/// <summary>The <c>Storage:Postgres</c> configuration section (used when <c>Storage:Provider</c> is <c>Postgres</c>).</summary>
public sealed partial class PostgresStorageOptions
{
    /// <summary>Npgsql connection string; <c>ConnectionStrings:Postgres</c> is used when this is empty.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Table holding the state documents, created at start-up if missing (optionally <c>schema.table</c>).</summary>
    public string Table { get; set; } = "cnam_bot_state";

    /// <summary>
    /// The connection string to use, or a start-up error naming the settings to fill in or to correct (the message
    /// never repeats the connection string: it may hold a password).
    /// </summary>
    public static string ResolveConnectionString(IConfiguration configuration)
    {
        var configured = configuration[$"{StorageOptions.SectionName}:Postgres:ConnectionString"];
        var connectionString = string.IsNullOrWhiteSpace(configured) ? configuration.GetConnectionString("Postgres") : configured;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Storage:Provider is 'Postgres' but no connection string is configured: set Storage:Postgres:ConnectionString " +
                "(or ConnectionStrings:Postgres), e.g. 'Host=db.example.org;Database=cnambot;Username=cnambot;Password=…;SslMode=Require'.");
        }
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"Storage:Postgres:ConnectionString is not a valid Npgsql connection string ({ex.Message}).");
        }
        return connectionString;
    }

    /// <summary>The table name quoted for SQL; refuses anything but [schema.]identifier made of a-z, 0-9 and '_'.</summary>
    public static string QuoteTable(string table)
    {
        if (!TableName().IsMatch(table))
        {
            throw new InvalidOperationException(
                $"Storage:Postgres:Table '{table}' is not a valid table name: lower-case letters, digits and '_', optionally 'schema.table'.");
        }
        return string.Join('.', table.Split('.').Select(part => $"\"{part}\""));
    }

    /// <summary>Where a connection goes, for error messages: host, port, database and user, never the password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"Host={builder.Host};Port={builder.Port};Database={builder.Database};Username={builder.Username}";
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}(\\.[a-z_][a-z0-9_]{0,62})?$", RegexOptions.NonBacktracking)]
    private static partial Regex TableName();
}
