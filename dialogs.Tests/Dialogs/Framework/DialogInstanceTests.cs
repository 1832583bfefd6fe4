using System.Text.Json;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.State;

namespace Cnam.Bot.Tests.Dialogs.Framework;

/// <summary>A dialog stack entry's state: kept typed within a turn, written once with its own type when saved.</summary>
public sealed class DialogInstanceTests
{
    private sealed class Counter
    {
        public int Count { get; set; }
        public List<string> Seen { get; set; } = [];
    }

    private static DialogState RoundTrip(DialogState state) =>
        JsonSerializer.Deserialize<DialogState>(JsonSerializer.Serialize(state, StateJson.Options), StateJson.Options)!;

    [Fact]
    public void NestedStacksSurviveTheSaveWithEveryLevelsState()
    {
        var inner = new DialogState();
        inner.Stack.Add(new DialogInstance { Id = "prompt" });
        inner.Stack[0].SetState(new Counter { Count = 2, Seen = ["Paris"] });
        var outer = new DialogState();
        outer.Stack.Add(new DialogInstance { Id = "component" });
        outer.Stack[0].SetState(inner);

        var loaded = RoundTrip(outer);

        var entry = Assert.Single(loaded.Stack);
        Assert.Equal("component", entry.Id);
        var loadedInner = entry.GetState<DialogState>();
        Assert.Equal("prompt", Assert.Single(loadedInner.Stack).Id);
        var counter = loadedInner.Stack[0].GetState<Counter>();
        Assert.Equal(2, counter.Count);
        Assert.Equal(["Paris"], counter.Seen);
    }

    [Fact]
    public void WhatADialogChangesInItsStateDuringTheTurnIsWhatIsSaved()
    {
        var state = new DialogState();
        state.Stack.Add(new DialogInstance { Id = "waterfall" });
        state.Stack[0].SetState(new Counter { Count = 1 });

        state.Stack[0].GetState<Counter>().Count++;
        var read = state.Stack[0].GetState<Counter>();

        Assert.Equal(2, read.Count);
        Assert.Equal(2, RoundTrip(state).Stack[0].GetState<Counter>().Count);
    }

    [Fact]
    public void AnEntryWrittenAsPlainJsonIsRead()
    {
        const string json = """{"stack":[{"id":"a","state":{"count":3,"seen":["x"]},"future":1},{"id":"b"},{"id":"c","state":null}]}""";

        var state = JsonSerializer.Deserialize<DialogState>(json, StateJson.Options)!;

        Assert.Equal(["a", "b", "c"], state.Stack.Select(e => e.Id));
        Assert.Equal(3, state.Stack[0].GetState<Counter>().Count);
        Assert.Equal(0, state.Stack[1].GetState<Counter>().Count);
        Assert.Equal(0, state.Stack[2].GetState<Counter>().Count);
        // Not read, not changed: written back as it was loaded (unknown properties dropped).
        var untouched = JsonSerializer.Deserialize<DialogState>(json, StateJson.Options)!;
        Assert.Equal("""{"stack":[{"id":"a","state":{"count":3,"seen":["x"]}},{"id":"b"},{"id":"c"}]}""",
            JsonSerializer.Serialize(untouched, StateJson.Options));
    }

    [Theory]
    [InlineData("""{"stack":[{"state":{}}]}""")]
    [InlineData("""{"stack":[{"id":5}]}""")]
    [InlineData("""{"stack":["a"]}""")]
    public void AMalformedEntryIsAClearError(string json)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<DialogState>(json, StateJson.Options));
        Assert.Contains("dialog stack entry", error.Message);
    }

    [Theory]
    [InlineData("""{"stack":[{"id":"component","state":{"stack":[{"state":{}}]}}]}""")]
    [InlineData("""{"stack":[{"id":"component","state":{"stack":[{"id":5}]}}]}""")]
    [InlineData("""{"stack":[{"id":"component","state":{"stack":["a"]}}]}""")]
    [InlineData("""{"stack":[{"id":"component","state":{"stack":{"id":"a"}}}]}""")]
    public void AMalformedInnerStackIsAClearErrorWhenTheComponentReadsIt(string json)
    {
        var state = JsonSerializer.Deserialize<DialogState>(json, StateJson.Options)!;

        var error = Assert.ThrowsAny<JsonException>(() => state.Stack[0].GetState<DialogState>());
        Assert.Contains("dialog stack", error.Message);
    }

    [Fact]
    public void AnInnerStackIsReadWhateverTheCaseOfItsNamesAndWithoutItsUnknownProperties()
    {
        const string json = """{"stack":[{"id":"component","state":{"Stack":[{"ID":"prompt","State":{"count":4},"future":1}],"other":2}}]}""";

        var component = JsonSerializer.Deserialize<DialogState>(json, StateJson.Options)!.Stack[0];
        var inner = component.GetState<DialogState>();

        Assert.Equal("prompt", Assert.Single(inner.Stack).Id);
        Assert.Equal(4, inner.Stack[0].GetState<Counter>().Count);
        Assert.Equal("""{"stack":[{"id":"component","state":{"stack":[{"id":"prompt","state":{"count":4,"seen":[]}}]}}]}""",
            JsonSerializer.Serialize(new DialogState { Stack = [component] }, StateJson.Options));
    }
}
