using System.Collections.Generic;
using EcrGen.Domain;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// A CDK props object as written in one block: the object initializer of <c>new RepositoryProps { ... }</c> (or
    /// <c>LifecycleRule</c>, <c>EcrImageCodeProps</c>, ...), plus <c>props.Option = value;</c> assignments through the local
    /// that holds it when that local has no other definition. Each option remembers where it was written, so a violation
    /// can be reported on that option; an option written twice is unknown (which value wins depends on control flow).
    /// </summary>
    internal sealed class WrittenObject
    {
        private readonly List<WrittenOption> _sites = new List<WrittenOption>();

        private readonly BlockIndex? _index;

        private WrittenObject(IObjectCreationOperation creation, BlockIndex? index)
        {
            Creation = creation;
            _index = index;
        }

        /// <summary>The <c>new T { ... }</c>.</summary>
        public IObjectCreationOperation Creation { get; }

        /// <summary>The options written, in source order of first write.</summary>
        public IReadOnlyList<WrittenOption> Sites => _sites;

        /// <summary>Where the whole object is reported: <c>new T</c> (not the initializer body).</summary>
        public Location Location => CreationLocation(Creation.Syntax);

        /// <summary>Reads <paramref name="creation"/>, merging assignments made later through its single-definition local.</summary>
        public static WrittenObject Read(IObjectCreationOperation creation, BlockIndex? index)
        {
            // The creation may be in another member of the type than the block that asked (a props object kept in a field).
            index = index?.IndexOf(creation);
            var written = new WrittenObject(creation, index);
            if (creation.Initializer is { } initializer)
            {
                foreach (var member in initializer.Initializers)
                {
                    if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                    {
                        written.Add(property.Property.Name, assignment.Value, assignment.Syntax);
                    }
                    else if (member is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation nested })
                    {
                        written.AddUnknown(nested.Property.Name, member.Syntax);
                    }
                }
            }

            if (index?.HoldingLocal(creation) is { } local)
            {
                foreach (var assignment in index.PropertyWrites(local))
                {
                    var property = (IPropertyReferenceOperation)assignment.Target;
                    written.Add(property.Property.Name, assignment.Value, assignment.Syntax);
                }
            }

            return written;
        }

        /// <summary>The site of <paramref name="option"/>, or <c>null</c> when it was not written.</summary>
        public WrittenOption? Find(string option)
        {
            foreach (var site in _sites)
            {
                if (site.Name == option)
                {
                    return site;
                }
            }

            return null;
        }

        /// <summary>The value of <paramref name="option"/>: not set, unknown (written twice, or not a constant), or read by <paramref name="read"/>.</summary>
        public Setting<T> Get<T>(string option, System.Func<IOperation, Setting<T>> read)
        {
            var site = Find(option);
            if (site is null)
            {
                return Setting<T>.NotSet;
            }

            if (site.Value is null)
            {
                return Setting<T>.Unknown;
            }

            var setting = _index is null ? read(site.Value) : _index.Read(site.Value, read);
            return setting.IsSet && !setting.IsKnown && !setting.IsPresent && IsNeverNull(site.Value) ? Setting<T>.Present : setting;
        }

        /// <summary>
        /// Whether <paramref name="value"/> is never <c>null</c> (<see cref="OperationValues.IsNeverNull"/>), also through a local
        /// of this block with a single definition (<c>var key = new Key(...)</c>, even where nullable analysis is off).
        /// </summary>
        public bool IsNeverNull(IOperation value)
        {
            if (OperationValues.IsNeverNull(value))
            {
                return true;
            }

            var resolved = _index?.Resolve(value);
            return resolved is not null && resolved != OperationValues.Unwrap(value) && OperationValues.IsNeverNull(resolved);
        }

        /// <summary>The single value written for <paramref name="option"/>, or <c>null</c>.</summary>
        public IOperation? ValueOf(string option) => Find(option)?.Value;

        /// <summary>Where a violation about <paramref name="option"/> is reported: its assignment, else the object.</summary>
        public Location LocationOf(string option)
            => option.Length > 0 && Find(option) is { } site ? site.Syntax.GetLocation() : Location;

        /// <summary>The reported location of an object creation: from <c>new</c> to the end of the type (or of <c>new()</c>).</summary>
        public static Location CreationLocation(SyntaxNode syntax)
        {
            switch (syntax)
            {
                case ObjectCreationExpressionSyntax explicitNew:
                    var end = explicitNew.ArgumentList is { } arguments && arguments.Arguments.Count == 0 ? arguments.Span.End : explicitNew.Type.Span.End;
                    return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(explicitNew.NewKeyword.SpanStart, end));
                case ImplicitObjectCreationExpressionSyntax implicitNew:
                    return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(implicitNew.NewKeyword.SpanStart, implicitNew.ArgumentList.Span.End));
                default:
                    return syntax.GetLocation();
            }
        }

        private void Add(string name, IOperation value, SyntaxNode syntax)
        {
            var existing = Find(name);
            if (existing is null)
            {
                _sites.Add(new WrittenOption(name, value, syntax));
            }
            else
            {
                existing.Value = null; // written twice: which value wins depends on the flow
            }
        }

        private void AddUnknown(string name, SyntaxNode syntax)
        {
            var existing = Find(name);
            if (existing is null)
            {
                _sites.Add(new WrittenOption(name, null, syntax));
            }
            else
            {
                existing.Value = null;
            }
        }
    }

    /// <summary>Where one option was written and with what (<c>null</c>: written more than once, or not as a simple value).</summary>
    internal sealed class WrittenOption
    {
        public WrittenOption(string name, IOperation? value, SyntaxNode syntax)
        {
            Name = name;
            Value = value;
            Syntax = syntax;
        }

        public string Name { get; }

        public IOperation? Value { get; set; }

        public SyntaxNode Syntax { get; }
    }
}
