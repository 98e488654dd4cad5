using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// T1 (ECR3018): an image of a private ECR registry given as a string to <c>ContainerImage.FromRegistry</c> or
    /// <c>new RepositoryImage</c>, a constant URI or text built from a repository's <c>RepositoryUri</c> /
    /// <c>RepositoryUriFor*</c>; and the tag or digest of such a name when it is known (I3, I4, W1), through
    /// <see cref="RegistryImageRules"/>. One operation action per call kind, registered only when the CDK has the types, and
    /// each returns on the method name before anything else: the rule costs a string comparison per call of the program.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RegistryImageAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic-property key of the fix's plan: <see cref="FixFromEcrRepository"/> when one is offered.</summary>
        internal const string FixKey = "Fix";

        /// <summary>
        /// The fix replaces the call by <c>ContainerImage.FromEcrRepository(repository[, tagOrDigest])</c>: additional
        /// location 0 is the repository expression; the tag or digest is additional location 1 (an expression) or
        /// <see cref="D.SuggestedValueKey"/> (a constant), or neither (no tag).
        /// </summary>
        internal const string FixFromEcrRepository = "FromEcrRepository";

        private static readonly ImmutableArray<OperationKind> Invocations = ImmutableArray.Create(OperationKind.Invocation);
        private static readonly ImmutableArray<OperationKind> ObjectCreations = ImmutableArray.Create(OperationKind.ObjectCreation);

        // Names whose presence in the type that holds the call says the execution role may get ECR permissions another way.
        private static readonly string[] PullGrants = { "ObtainExecutionRole", "AddToExecutionRolePolicy", "ExecutionRole", "GrantPull", "GrantPullPush" };

        private static readonly string[] PullPolicies = { "AmazonECSTaskExecutionRolePolicy", "AmazonEC2ContainerRegistry", "ecr:BatchGetImage", "ecr:*", "ecrImageRequiresPolicy" };

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            D.Of(RuleIds.MalformedDigest), D.Of(RuleIds.InvalidTag), D.Of(RuleIds.MutableImageReference), D.Of(RuleIds.RegistryImage));

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (!CdkSymbols.TryCreate(start.Compilation, out var cdk) || cdk.ContainerImage is null)
                {
                    return;
                }

                start.RegisterOperationAction(context => OnInvocation(context, cdk), Invocations);
                if (cdk.RepositoryImage is not null)
                {
                    start.RegisterOperationAction(context => OnObjectCreation(context, cdk), ObjectCreations);
                }
            });
        }

        private static void OnInvocation(OperationAnalysisContext context, CdkSymbols cdk)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name != "FromRegistry" || !CdkSymbols.Is(method.ContainingType, cdk.ContainerImage))
            {
                return;
            }

            Analyze(context, cdk, "ContainerImage.FromRegistry", invocation.Arguments, offerFix: true);
        }

        private static void OnObjectCreation(OperationAnalysisContext context, CdkSymbols cdk)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type?.Name != "RepositoryImage" || !CdkSymbols.Is(creation.Type, cdk.RepositoryImage))
            {
                return;
            }

            // new RepositoryImage(...) is typed RepositoryImage, which FromEcrRepository's EcrImage is not: no fix.
            Analyze(context, cdk, "new RepositoryImage", creation.Arguments, offerFix: false);
        }

        private static void Analyze(OperationAnalysisContext context, CdkSymbols cdk, string entryPoint, ImmutableArray<IArgumentOperation> arguments, bool offerFix)
        {
            if (OperationValues.Argument(arguments, 0) is not { } name)
            {
                return;
            }

            var reader = new NameReader(cdk, context.Operation);
            var read = reader.Read(name);
            if (read.Spec is null)
            {
                return;
            }

            var spec = read.Spec with
            {
                EntryPoint = entryPoint,
                CredentialsMayBeGiven = MayGiveCredentials(OperationValues.Argument(arguments, 1), cdk),
            };
            var violations = RegistryImageRules.Validate(spec);
            var sink = (DiagnosticSink?)null;
            foreach (var violation in violations)
            {
                if (sink is null)
                {
                    // Only now, for a name the rules judged: is the execution role given ECR permissions some other way?
                    if (MayGrantPullElsewhere(context.Operation.Syntax, context.CancellationToken))
                    {
                        return;
                    }

                    sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);
                }

                var location = name.Syntax.GetLocation();
                if (violation.RuleId == RuleIds.RegistryImage && offerFix && read.Repository is not null)
                {
                    sink.Report(violation, location, null, FixProperties(read), FixLocations(read));
                }
                else
                {
                    sink.Report(violation, location);
                }
            }
        }

        private static IEnumerable<KeyValuePair<string, string?>> FixProperties(NameRead read)
        {
            yield return new KeyValuePair<string, string?>(FixKey, FixFromEcrRepository);
            if (read.ConstantTagOrDigest is not null)
            {
                yield return new KeyValuePair<string, string?>(D.SuggestedValueKey, read.ConstantTagOrDigest);
            }
        }

        private static IEnumerable<Location> FixLocations(NameRead read)
        {
            yield return read.Repository!.Syntax.GetLocation();
            if (read.TagExpression is not null)
            {
                yield return read.TagExpression.Syntax.GetLocation();
            }
        }

        // RepositoryImageProps.Credentials: only `new RepositoryImageProps { ... }` without (or with a null) Credentials is
        // known to give none; props from anywhere else may.
        private static bool MayGiveCredentials(IOperation? props, CdkSymbols cdk)
        {
            if (props is null || OperationValues.IsNull(props))
            {
                return false;
            }

            if (OperationValues.Unwrap(props) is not IObjectCreationOperation { Initializer: var initializer } creation
                || !CdkSymbols.Is(creation.Type, cdk.RepositoryImageProps))
            {
                return true;
            }

            if (initializer is null)
            {
                return false;
            }

            foreach (var member in initializer.Initializers)
            {
                if (member is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
                {
                    return true;
                }

                if (target.Property.Name == "Credentials" && !OperationValues.IsNull(assignment.Value))
                {
                    return true;
                }
            }

            return false;
        }

        // The type (or top-level program) that holds the call grants the execution role something, or adds an ECR policy, or
        // acknowledges the CDK's own warning: the pull may well be allowed, so the rule stays silent.
        private static bool MayGrantPullElsewhere(SyntaxNode call, System.Threading.CancellationToken cancellationToken)
        {
            SyntaxNode scope = call;
            while (scope.Parent is not null && scope is not TypeDeclarationSyntax)
            {
                scope = scope.Parent;
            }

            foreach (var node in scope.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is IdentifierNameSyntax identifier && System.Array.IndexOf(PullGrants, identifier.Identifier.ValueText) >= 0)
                {
                    return true;
                }

                if (node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.InterpolatedStringText))
                {
                    var text = node.ToString();
                    foreach (var policy in PullPolicies)
                    {
                        if (text.IndexOf(policy, System.StringComparison.Ordinal) >= 0)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>What the image name is made of.</summary>
        private readonly struct NameRead
        {
            public NameRead(RegistryImageSpec? spec, IOperation? repository = null, string? constantTagOrDigest = null, IOperation? tagExpression = null)
            {
                Spec = spec;
                Repository = repository;
                ConstantTagOrDigest = constantTagOrDigest;
                TagExpression = tagExpression;
            }

            /// <summary>The name for the rules; <c>null</c> when it is nothing the rules judge.</summary>
            public RegistryImageSpec? Spec { get; }

            /// <summary>For the fix: the repository expression, written in the call itself.</summary>
            public IOperation? Repository { get; }

            public string? ConstantTagOrDigest { get; }

            public IOperation? TagExpression { get; }
        }

        /// <summary>Reads an image-name argument: a constant, or a repository's URI with text after it.</summary>
        private sealed class NameReader
        {
            private readonly CdkSymbols _cdk;
            private readonly IOperation _call;
            private BlockIndex? _index;

            public NameReader(CdkSymbols cdk, IOperation call)
            {
                _cdk = cdk;
                _call = call;
            }

            public NameRead Read(IOperation name)
            {
                var direct = OperationValues.Unwrap(name);
                var resolved = Resolve(direct);
                var constant = OperationValues.String(resolved);
                if (constant.IsKnown)
                {
                    return new NameRead(new RegistryImageSpec { Name = constant });
                }

                // Text moved from a local's definition is not offered to the fix: the repository may not be in scope here.
                var inCall = resolved == direct;
                var parts = new List<Part>();
                Flatten(resolved, parts);
                if (parts.Count == 0 || parts[0].Operation is not { } first || !TryRepositoryUri(Resolve(first), out var receiver, out var uriMethod))
                {
                    return default;
                }

                var spec = new RegistryImageSpec
                {
                    FromRepository = true,
                    RepositoryTagMutability = KnownNotImmutable(receiver) ? Setting<CdkEnumValue>.NotSet : Setting<CdkEnumValue>.Unknown,
                };

                if (uriMethod is not null)
                {
                    // repository.RepositoryUriForTag(tag) & co.: the tag or digest is judged at that call (I7).
                    spec = spec with { UriSuffix = parts.Count == 1 ? Setting<string>.NotSet : Setting<string>.Unknown };
                    var argument = OperationValues.Argument(uriMethod.Arguments, 0);
                    var fixable = inCall && parts.Count == 1 && receiver is not null && (argument is null || argument.Type?.SpecialType == SpecialType.System_String);
                    return fixable ? new NameRead(spec, receiver, null, argument) : new NameRead(spec);
                }

                var suffix = new System.Text.StringBuilder();
                var known = true;
                for (var i = 1; i < parts.Count && known; i++)
                {
                    var text = parts[i].Value;
                    known = text.TryGetValue(out var value) && value is not null;
                    suffix.Append(value);
                }

                if (known)
                {
                    var written = suffix.ToString();
                    spec = spec with { UriSuffix = Setting.Of(written) };
                    if (inCall && receiver is not null && EcrImageUri.TryParseSuffix(written, out var tag, out var digest))
                    {
                        return new NameRead(spec, receiver, digest ?? tag);
                    }

                    return new NameRead(spec);
                }

                spec = spec with { UriSuffix = Setting<string>.Unknown };

                // repository.RepositoryUri + ":" + tag, $"{repository.RepositoryUri}:{tag}": the tag expression moves as it is.
                if (inCall && receiver is not null && parts.Count == 3 && parts[1].Value.Value == ":"
                    && parts[2].Operation is { Type.SpecialType: SpecialType.System_String } tagExpression)
                {
                    return new NameRead(spec, receiver, null, tagExpression);
                }

                return new NameRead(spec);
            }

            // The pieces of a concatenation or interpolation, in order; the value itself otherwise.
            private void Flatten(IOperation value, List<Part> parts)
            {
                value = OperationValues.Unwrap(value);
                if (value.ConstantValue.HasValue)
                {
                    parts.Add(new Part(value));
                    return;
                }

                switch (value)
                {
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String:
                        Flatten(add.LeftOperand, parts);
                        Flatten(add.RightOperand, parts);
                        return;
                    case IInterpolatedStringOperation interpolated:
                        foreach (var part in interpolated.Parts)
                        {
                            if (part is IInterpolatedStringTextOperation text)
                            {
                                parts.Add(new Part(text.Text));
                            }
                            else if (part is IInterpolationOperation { Alignment: null, FormatString: null } hole)
                            {
                                Flatten(hole.Expression, parts);
                            }
                            else
                            {
                                parts.Add(new Part(part));
                            }
                        }

                        return;
                    case IInvocationOperation { TargetMethod: { Name: "Concat", ContainingType.SpecialType: SpecialType.System_String } } concat:
                        foreach (var argument in concat.Arguments)
                        {
                            if (argument.ArgumentKind == ArgumentKind.ParamArray && OperationValues.TryGetElements(argument.Value, out var elements))
                            {
                                foreach (var element in elements)
                                {
                                    Flatten(element, parts);
                                }
                            }
                            else
                            {
                                Flatten(argument.Value, parts);
                            }
                        }

                        return;
                    case IInvocationOperation { TargetMethod: { Name: "Format", ContainingType.SpecialType: SpecialType.System_String } } format
                        when FormatParts(format, parts):
                        return;
                    default:
                        parts.Add(new Part(value));
                        return;
                }
            }

            // string.Format("{0}:v1", repository.RepositoryUri) / ("{0}:{1}", uri, tag): a format that starts with {0}, then
            // text and at most the next placeholder.
            private static bool FormatParts(IInvocationOperation format, List<Part> parts)
            {
                if (format.Arguments.Length < 2 || !(format.Arguments[0].Value.ConstantValue.Value is string text) || !text.StartsWith("{0}", System.StringComparison.Ordinal))
                {
                    return false;
                }

                var values = new List<IOperation>();
                for (var i = 1; i < format.Arguments.Length; i++)
                {
                    var argument = format.Arguments[i];
                    if (argument.ArgumentKind == ArgumentKind.ParamArray)
                    {
                        if (!OperationValues.TryGetElements(argument.Value, out var elements))
                        {
                            return false;
                        }

                        foreach (var element in elements)
                        {
                            values.Add(OperationValues.Unwrap(element));
                        }
                    }
                    else
                    {
                        values.Add(OperationValues.Unwrap(argument.Value));
                    }
                }

                var rest = text.Substring(3);
                var hole = rest.IndexOf('{');
                if (values.Count == 0 || rest.IndexOf('}') >= 0 && hole < 0)
                {
                    return false;
                }

                parts.Add(new Part(values[0]));
                if (hole < 0)
                {
                    parts.Add(new Part(rest));
                    return true;
                }

                if (rest.Substring(hole) != "{1}" || values.Count < 2 || rest.IndexOf('}', 0, hole) >= 0)
                {
                    return false;
                }

                parts.Add(new Part(rest.Substring(0, hole)));
                parts.Add(new Part(values[1]));
                return true;
            }

            private bool TryRepositoryUri(IOperation value, out IOperation? receiver, out IInvocationOperation? uriMethod)
            {
                uriMethod = null;
                receiver = null;
                switch (value)
                {
                    case IPropertyReferenceOperation { Property.Name: "RepositoryUri" } property when _cdk.IsRepositoryType(property.Instance?.Type):
                        receiver = property.Instance;
                        return true;
                    case IInvocationOperation { TargetMethod.Name: "RepositoryUriForTag" or "RepositoryUriForDigest" or "RepositoryUriForTagOrDigest" } call
                        when _cdk.IsRepositoryType(call.Instance?.Type):
                        receiver = call.Instance;
                        uriMethod = call;
                        return true;
                    default:
                        return false;
                }
            }

            // A repository the code did not create here (a parameter, an import by name or ARN) is not known to be immutable.
            private bool KnownNotImmutable(IOperation? receiver)
            {
                if (receiver is null)
                {
                    return false;
                }

                var source = Resolve(receiver);
                return source is IParameterReferenceOperation
                    || (source is IInvocationOperation { TargetMethod.Name: "FromRepositoryName" or "FromRepositoryArn" or "FromRepositoryAttributes" } import
                        && CdkSymbols.Is(import.TargetMethod.ContainingType, _cdk.Repository));
            }

            private IOperation Resolve(IOperation value)
            {
                var unwrapped = OperationValues.Unwrap(value);
                if (unwrapped is not ILocalReferenceOperation)
                {
                    return unwrapped;
                }

                if (_index is null)
                {
                    var root = _call;
                    while (root.Parent is not null)
                    {
                        root = root.Parent;
                    }

                    var model = root.SemanticModel;
                    var owner = model?.GetEnclosingSymbol(root.Syntax.SpanStart);
                    _index = BlockIndex.Build(ImmutableArray.Create(root), TypeFlow.Of(owner as INamedTypeSymbol ?? owner?.ContainingType, model), default);
                }

                return _index.Resolve(unwrapped);
            }
        }

        /// <summary>A piece of an image name: an operation, or constant text cut from a format string.</summary>
        private readonly struct Part
        {
            public Part(IOperation operation)
            {
                Operation = operation;
                Text = null;
            }

            public Part(string text)
            {
                Operation = null;
                Text = text;
            }

            public IOperation? Operation { get; }

            public string? Text { get; }

            public Setting<string> Value => Text is not null ? Setting.Of(Text) : OperationValues.String(Operation);
        }
    }
}
