using System.Collections.Generic;
using CsCheck;

namespace EcrGen.Reliability.Tests.Fuzzing
{
    /// <summary>Imperative choices over one CsCheck <see cref="PCG"/> stream, for generators of structured programs.</summary>
    public sealed class Rng
    {
        private readonly PCG _pcg;

        /// <summary>Choices drawn from <paramref name="pcg"/>.</summary>
        public Rng(PCG pcg)
        {
            _pcg = pcg;
        }

        /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
        public int Int(int min, int max) => min + (int)_pcg.Next((uint)(max - min + 1));

        /// <summary>True <paramref name="percent"/> times in a hundred.</summary>
        public bool Chance(int percent) => _pcg.Next(100u) < (uint)percent;

        /// <summary>One of <paramref name="items"/>.</summary>
        public T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count - 1)];

        /// <summary>A value of a CsCheck generator, from the same stream.</summary>
        public T From<T>(Gen<T> gen) => gen.Generate(_pcg, null!, out _);

        /// <summary>One of the weighted choices.</summary>
        public T Weighted<T>(params (int Weight, T Value)[] choices)
        {
            var total = 0;
            foreach (var choice in choices)
            {
                total += choice.Weight;
            }

            var roll = Int(0, total - 1);
            foreach (var choice in choices)
            {
                if (roll < choice.Weight)
                {
                    return choice.Value;
                }

                roll -= choice.Weight;
            }

            return choices[choices.Length - 1].Value;
        }
    }
}
