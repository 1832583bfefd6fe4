using System.Text.Json;

namespace Cnam.Bot.State;

/// <summary>
/// A typed state document read from an <see cref="IStateStore"/> with the etag it had, so that saving it
/// detects a concurrent change (<see cref="ConcurrencyException"/>) instead of overwriting it.
/// </summary>
public sealed class StateEntry<T> where T : class, new()
{
    // A document that does not exist reads as a new T: it is written only once it differs from one.
    private static readonly string AbsentJson = JsonSerializer.Serialize(new T(), StateJson.Options);

    private string? _etag;
    private string? _savedJson;

    private StateEntry(string key, T value, string? etag, string? savedJson)
    {
        Key = key;
        Value = value;
        _etag = etag;
        _savedJson = savedJson;
    }

    public string Key { get; }

    /// <summary>The document; change it in place or replace it, then <see cref="SaveAsync"/>.</summary>
    public T Value { get; set; }

    /// <summary>True when the document did not exist in the store when it was loaded.</summary>
    public bool IsNew => _etag is null;

    /// <summary>Reads the document at <paramref name="key"/>, or a new <typeparamref name="T"/> when there is none.</summary>
    public static async Task<StateEntry<T>> LoadAsync(IStateStore store, string key, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(key, cancellationToken);
        if (item is null)
        {
            return new StateEntry<T>(key, new T(), null, AbsentJson);
        }
        var value = JsonSerializer.Deserialize<T>(item.Json, StateJson.Options) ?? new T();
        return new StateEntry<T>(key, value, item.ETag, item.Json);
    }

    /// <summary>
    /// Writes the document if it changed since it was loaded (or last saved), with the etag it was read with; a
    /// document that did not exist is not created while it equals a new <typeparamref name="T"/>.
    /// Throws <see cref="ConcurrencyException"/> when someone else wrote it meanwhile; nothing is written then.
    /// </summary>
    public async Task<bool> SaveAsync(IStateStore store, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(Value, StateJson.Options);
        if (json == _savedJson)
        {
            return false;
        }
        _etag = await store.WriteAsync(Key, json, _etag, cancellationToken);
        _savedJson = json;
        return true;
    }
}
