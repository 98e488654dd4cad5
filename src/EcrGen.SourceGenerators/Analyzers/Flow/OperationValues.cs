using System;
using System.Globalization;
using EcrGen.Domain;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Turns the operation written for an option into a <see cref="Setting{T}"/>: what the compiler knows. Constants (literals,
    /// <c>const</c> fields and locals, constant concatenation and interpolation, enum members) become
    /// <see cref="Setting{T}.Of"/>; a <c>null</c> constant is <see cref="Setting{T}.NotSet"/> (the CDK treats it as not written);
    /// anything else (a variable, a call, a CfnParameter token) is not known and is never judged by value; it is
    /// <see cref="Setting{T}.Present"/> when it can never be <c>null</c> (<see cref="IsNeverNull"/>: the option is set, which
    /// the rules about presence need), else <see cref="Setting{T}.Unknown"/>.
    /// </summary>
    internal static class OperationValues
    {
        /// <summary>Strips implicit and explicit conversions (nullable wrapping, interface conversions) that carry no constant.</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion && !conversion.ConstantValue.HasValue)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The constant of <paramref name="operation"/> or of any conversion inside it.</summary>
        public static Optional<object?> ConstantOf(IOperation operation)
        {
            for (var current = operation; ; current = ((IConversionOperation)current).Operand)
            {
                if (current.ConstantValue.HasValue)
                {
                    return current.ConstantValue;
                }

                if (current is not IConversionOperation)
                {
                    return default;
                }
            }
        }

        public static Setting<string> String(IOperation? value)
            => Constant(value, static (object constant, out string text) => (text = (constant as string)!) is not null);

        public static Setting<bool> Bool(IOperation? value)
            => Constant(value, static (object constant, out bool flag) => (flag = constant is true) || constant is false);

        public static Setting<double> Number(IOperation? value)
            => Constant(value, static (object constant, out double number) => TryToDouble(constant, out number));

        private delegate bool TryConvert<T>(object constant, out T value);

        /// <summary>Not written, a known constant converted to <typeparamref name="T"/>, or unknown (no constant, or another type).</summary>
        private static Setting<T> Constant<T>(IOperation? value, TryConvert<T> convert)
        {
            if (value is null)
            {
                return Setting<T>.NotSet;
            }

            var constant = ConstantOf(value);
            if (!constant.HasValue)
            {
                return NotConstant<T>(value);
            }

            if (constant.Value is null)
            {
                return Setting<T>.NotSet;
            }

            return convert(constant.Value, out var converted) ? Setting.Of(converted) : Setting<T>.Unknown;
        }

        /// <summary>A value the compiler does not know: <see cref="Setting{T}.Present"/> when it is never <c>null</c>, else unknown.</summary>
        public static Setting<T> NotConstant<T>(IOperation value) => IsNeverNull(value) ? Setting<T>.Present : Setting<T>.Unknown;

        /// <summary>
        /// Whether <paramref name="value"/> can never be <c>null</c>: an expression of a non-nullable value type (an <c>int</c>
        /// parameter, even once wrapped into the option's <c>double?</c>; <c>flag ? 1 : 2</c>), a creation (<c>new</c>, an
        /// array, a collection expression, an interpolated string, a string concatenation), or an expression the compiler's
        /// nullable analysis knows is not null (a non-annotated reference in a nullable-enabled context). A <c>double?</c>
        /// parameter, <c>flag ? 1 : null</c>, or a reference where nullable analysis is off may be <c>null</c>: <c>false</c>.
        /// </summary>
        public static bool IsNeverNull(IOperation value)
        {
            var operation = value;
            while (true)
            {
                if (operation.Type is { IsValueType: true } type)
                {
                    if (type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T)
                    {
                        return true; // a struct or enum: wrapping it into T? makes a non-null T?
                    }
                }

                if (operation is IConversionOperation conversion && !conversion.ConstantValue.HasValue)
                {
                    operation = conversion.Operand;
                    continue;
                }

                break;
            }

            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue.Value is not null;
            }

            switch (operation)
            {
                case IObjectCreationOperation:
                case IArrayCreationOperation:
                case IAnonymousObjectCreationOperation:
                case IInterpolatedStringOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                    return true;
            }

            if (operation.Syntax is CollectionExpressionSyntax)
            {
                return true;
            }

            return operation.Syntax is ExpressionSyntax expression
                && operation.SemanticModel is { } model
                && model.GetTypeInfo(expression).Nullability.FlowState == NullableFlowState.NotNull;
        }

        /// <summary>An enum option: the member of the user's CDK enum, or a number that names none (<c>(TagStatus)7</c>).</summary>
        public static Setting<CdkEnumValue> Enum(IOperation? value)
        {
            if (value is null)
            {
                return Setting<CdkEnumValue>.NotSet;
            }

            for (var current = value; ; current = ((IConversionOperation)current).Operand)
            {
                if (current.ConstantValue.HasValue)
                {
                    var raw = current.ConstantValue.Value;
                    if (raw is null)
                    {
                        return Setting<CdkEnumValue>.NotSet;
                    }

                    var enumType = current.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } type ? type
                        : current.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                            && nullable.TypeArguments[0] is INamedTypeSymbol { TypeKind: TypeKind.Enum } inner ? inner
                        : null;
                    if (enumType is null || !CdkEnumValues.TryToLong(raw, out var number))
                    {
                        return Setting<CdkEnumValue>.Unknown;
                    }

                    return Setting.Of(CdkEnumValues.Of(enumType, number));
                }

                if (current is not IConversionOperation)
                {
                    return NotConstant<CdkEnumValue>(value);
                }
            }
        }

        /// <summary>
        /// A string list: an array creation with an initializer or a collection expression, each element known or <c>null</c>
        /// (unknown); <see cref="Setting{T}.Unknown"/> for anything else (a variable, a spread, <c>new string[n]</c>).
        /// </summary>
        public static Setting<EquatableArray<NullableString>> StringList(IOperation? value)
            => StringList(value, static element => String(element) is { IsKnown: true } text ? text.Value : null);

        /// <summary>A list whose elements <paramref name="readElement"/> turns into strings (<c>null</c> = unknown).</summary>
        public static Setting<EquatableArray<NullableString>> StringList(IOperation? value, Func<IOperation, string?> readElement)
        {
            if (value is null)
            {
                return Setting<EquatableArray<NullableString>>.NotSet;
            }

            var constant = ConstantOf(value);
            if (constant.HasValue && constant.Value is null)
            {
                return Setting<EquatableArray<NullableString>>.NotSet;
            }

            if (!TryGetElements(value, out var elements))
            {
                return NotConstant<EquatableArray<NullableString>>(value);
            }

            var items = new NullableString[elements.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new NullableString(readElement(elements[i]));
            }

            return Setting.Of(new EquatableArray<NullableString>(items));
        }

        /// <summary>
        /// The elements of an array creation with an initializer (<c>new[] { a, b }</c>) or of a collection expression
        /// (<c>[a, b]</c>, without spreads); <c>false</c> for anything else.
        /// </summary>
        public static bool TryGetElements(IOperation value, out System.Collections.Immutable.ImmutableArray<IOperation> elements)
        {
            var operation = Unwrap(value);
            if (operation is IArrayCreationOperation { Initializer: { } initializer })
            {
                elements = initializer.ElementValues;
                return true;
            }

            // Roslyn 4.8 has no ICollectionExpressionOperation; newer hosts expose the elements as children either way.
            if (operation.Syntax is CollectionExpressionSyntax collection)
            {
                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax)
                    {
                        elements = default;
                        return false;
                    }
                }

                var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<IOperation>(collection.Elements.Count);
                foreach (var child in operation.ChildOperations)
                {
                    builder.Add(child);
                }

                if (builder.Count == collection.Elements.Count)
                {
                    elements = builder.MoveToImmutable();
                    return true;
                }
            }

            elements = default;
            return false;
        }

        /// <summary>The arguments of a call or of an object creation.</summary>
        public static System.Collections.Immutable.ImmutableArray<IArgumentOperation> ArgumentsOf(IOperation call)
            => call is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)call).Arguments;

        /// <summary>The value passed for <paramref name="parameterName"/>, or <c>null</c> when omitted (default) or absent.</summary>
        public static IOperation? Argument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string parameterName)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == parameterName)
                {
                    return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
                }
            }

            return null;
        }

        /// <summary>The value passed at <paramref name="ordinal"/>, or <c>null</c> when omitted (default) or absent.</summary>
        public static IOperation? Argument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
                }
            }

            return null;
        }

        /// <summary>Whether the value is a <c>null</c> literal (or <c>default</c>) after conversions.</summary>
        public static bool IsNull(IOperation value)
        {
            var constant = ConstantOf(value);
            return constant.HasValue && constant.Value is null;
        }

        private static bool TryToDouble(object? value, out double number)
        {
            switch (value)
            {
                case double d: number = d; return true;
                case float f: number = f; return true;
                case int i: number = i; return true;
                case long l: number = l; return true;
                case short s: number = s; return true;
                case byte b: number = b; return true;
                case sbyte sb: number = sb; return true;
                case ushort us: number = us; return true;
                case uint ui: number = ui; return true;
                case ulong ul: number = ul; return true;
                case decimal m: number = (double)m; return true;
                default: number = 0; return false;
            }
        }

        /// <summary>A number as written in a message (<c>36</c>, <c>1.5</c>).</summary>
        public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
