namespace Kizuki.Model;

/// <summary>Whether an issue still needs work.</summary>
internal enum IssueState
{
    /// <summary>Open, reopened, in progress: anything not yet closed.</summary>
    Open,

    /// <summary>Closed, resolved, done.</summary>
    Closed,
}
