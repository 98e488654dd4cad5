using System;
using System.Collections.Generic;

namespace EcrGen.Domain
{
    /// <summary>
    /// One option as the compiler sees it: not written, written with a value the compiler knows (a constant), or written with
    /// a value only known at run or deploy time (a variable, a CfnParameter token). Rules only judge known values, so a
    /// value the compiler cannot know is never flagged. An unknown value may still be known to be there
    /// (<see cref="Present"/>: an expression of a non-nullable type), which is all the rules about whether an option is set
    /// need: the CDK tests <c>!== undefined</c>, whatever the value.
    /// </summary>
    public readonly struct Setting<T> : IEquatable<Setting<T>>
    {
        private readonly bool _neverNull;

        private Setting(bool isSet, bool isKnown, bool neverNull, T? value)
        {
            IsSet = isSet;
            IsKnown = isKnown;
            _neverNull = neverNull;
            Value = value;
        }

        /// <summary>The option was not written (or was written as <c>null</c>, which the CDK treats the same).</summary>
        public static Setting<T> NotSet => default;

        /// <summary>The option was written with a value the compiler cannot know, which may still be <c>null</c> at run time.</summary>
        public static Setting<T> Unknown => new Setting<T>(true, false, false, default);

        /// <summary>
        /// The option was written with a value the compiler cannot know but that is never <c>null</c> (an expression of a
        /// non-nullable type: an <c>int</c> parameter, <c>Duration.Days(days)</c>, <c>new[] { ... }</c>): the option is set.
        /// </summary>
        public static Setting<T> Present => new Setting<T>(true, false, true, default);

        /// <summary>The option was written with this value.</summary>
        public static Setting<T> Of(T value) => new Setting<T>(true, true, false, value);

        /// <summary>Whether the option was written.</summary>
        public bool IsSet { get; }

        /// <summary>Whether the compiler knows the value.</summary>
        public bool IsKnown { get; }

        /// <summary>
        /// Whether the option is certainly set as the CDK sees it (<c>!== undefined</c>): a known non-null value, or
        /// <see cref="Present"/>. <c>false</c> for an option not written and for an unknown value that may be <c>null</c>.
        /// </summary>
        public bool IsPresent => IsKnown ? Value is not null : _neverNull;

        /// <summary>The value, when <see cref="IsKnown"/>.</summary>
        public T? Value { get; }

        /// <summary>The value when known, else <c>false</c>.</summary>
        public bool TryGetValue(out T value)
        {
            value = Value!;
            return IsKnown;
        }

        /// <inheritdoc/>
        public bool Equals(Setting<T> other)
            => IsSet == other.IsSet && IsKnown == other.IsKnown && _neverNull == other._neverNull && EqualityComparer<T?>.Default.Equals(Value, other.Value);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Setting<T> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
            => unchecked(((IsSet ? 1 : 0) * 397) ^ ((IsKnown ? 1 : 0) * 31) ^ ((_neverNull ? 1 : 0) * 7) ^ (Value is null ? 0 : EqualityComparer<T?>.Default.GetHashCode(Value)));

        /// <inheritdoc/>
        public override string ToString() => !IsSet ? "<not set>" : IsKnown ? $"{Value}" : _neverNull ? "<present>" : "<unknown>";
    }

    /// <summary>Builds <see cref="Setting{T}"/>s.</summary>
    public static class Setting
    {
        /// <summary>A known value.</summary>
        public static Setting<T> Of<T>(T value) => Setting<T>.Of(value);
    }
}
