using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// <c>TagParameterContainerImage</c>: its parameter read from an image never bound into a container definition (I8), and one
    /// image bound into several (I11).
    /// </summary>
    internal sealed class TagParameterChecks
    {
        private readonly CdkSymbols _cdk;

        public TagParameterChecks(CdkSymbols cdk)
        {
            _cdk = cdk;
        }

        // I8: TagParameterName/Value of an image that is never bound; I11: one image bound into several container definitions.
        public void CheckTagParameterImage(IObjectCreationOperation creation, BlockIndex index, DiagnosticSink sink)
        {
            var parent = SkipConversionsUp(creation, out var top);
            if (parent is IPropertyReferenceOperation direct && direct.Instance == top && IsTagParameterMember(direct))
            {
                sink.Report(D.TagParameterUnbound, direct.Syntax.GetLocation(), direct.Property.Name, direct.Property.Name);
                return;
            }

            var local = index.HoldingLocal(creation);
            if (local is null)
            {
                return; // stored in a field or passed on: bound elsewhere, perhaps
            }

            var reads = index.Reads(local);
            List<IPropertyReferenceOperation>? parameterReads = null;
            List<ISimpleAssignmentOperation>? bindings = null;
            var usedOtherwise = false;
            foreach (var read in reads)
            {
                var use = SkipConversionsUp(read, out var usedValue);
                if (use is IPropertyReferenceOperation property && property.Instance == usedValue && IsTagParameterMember(property))
                {
                    (parameterReads ??= new List<IPropertyReferenceOperation>()).Add(property);
                }
                else if (use is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var target } } binding
                    && binding.Value == usedValue && target.Name == "Image" && CdkSymbols.DerivesFrom(target.Type, _cdk.ContainerImage))
                {
                    (bindings ??= new List<ISimpleAssignmentOperation>()).Add(binding);
                    usedOtherwise = true;
                }
                else
                {
                    usedOtherwise = true;
                }
            }

            if (!usedOtherwise && parameterReads is not null)
            {
                foreach (var property in parameterReads)
                {
                    sink.Report(D.TagParameterUnbound, property.Syntax.GetLocation(), property.Property.Name, property.Property.Name);
                }
            }

            if (bindings is { Count: > 1 })
            {
                bindings.Sort(static (left, right) => left.Syntax.SpanStart.CompareTo(right.Syntax.SpanStart));
                var first = -1;
                for (var i = 0; i < bindings.Count; i++)
                {
                    // Only bindings that surely all run (same branch as the image's creation, not in a loop) count.
                    if (!ControlFlow.RunTogether(bindings[i], creation) || ControlFlow.MayRunRepeatedly(bindings[i]))
                    {
                        continue;
                    }

                    if (first < 0)
                    {
                        first = i;
                        continue;
                    }

                    sink.Report(D.TagParameterBoundTwice, bindings[i].Syntax.GetLocation(), "Image");
                }
            }
        }

        private bool IsTagParameterMember(IPropertyReferenceOperation property)
            => (property.Property.Name == "TagParameterName" || property.Property.Name == "TagParameterValue")
                && CdkSymbols.DerivesFrom(property.Property.ContainingType, _cdk.TagParameterContainerImage);

        private static IOperation? SkipConversionsUp(IOperation operation, out IOperation top)
        {
            top = operation;
            var parent = operation.Parent;
            while (parent is IConversionOperation)
            {
                top = parent;
                parent = parent.Parent;
            }

            return parent;
        }
    }
}
