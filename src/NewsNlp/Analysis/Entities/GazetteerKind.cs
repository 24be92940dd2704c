namespace NewsNlp.Analysis.Entities;

/// <summary>What a gazetteer entry names; one entry may be several things ("Georgia", "Washington").</summary>
[Flags]
public enum GazetteerKind : ushort
{
    None = 0,
    Country = 1 << 0,
    City = 1 << 1,
    UsState = 1 << 2,
    Region = 1 << 3,
    Demonym = 1 << 4,
    Organisation = 1 << 5,
    Title = 1 << 6,
    FirstName = 1 << 7,
    Surname = 1 << 8,

    /// <summary>Countries, cities and states: what a LOC span must be to count as a GPE.</summary>
    Political = Country | City | UsState,
}

/// <summary>Where a token sits in the gazetteer match covering it, and what the match names.</summary>
public readonly record struct GazetteerHit(GazetteerKind Kinds, BilouPosition Position);
