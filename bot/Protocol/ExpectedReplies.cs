namespace Cnam.Bot.Protocol;

/// <summary>Body of a <c>deliveryMode: expectReplies</c> answer: <c>{"activities":[…]}</c> (A3113).</summary>
public sealed class ExpectedReplies
{
    /// <summary>Type of the activity that carries an invoke's answer inside <see cref="Activities"/> (SDK shape).</summary>
    public const string InvokeResponseType = "invokeResponse";

    public List<Activity> Activities { get; set; } = [];
}
