using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// EcrGen's attributes: their own usage rules (G1–G6), and every repository, lifecycle and image rule on the options they
    /// hold, read through the generator's own reader (<see cref="RepositoryClassReader"/>) so generator and analyzers agree.
    /// Diagnostics land on the named argument that holds the option (<c>RepositoryName = "MyApp"</c>), on the attribute for
    /// facts about the whole attribute, and on the class identifier for the class's shape.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EcrGenAttributeAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<DiagnosticDescriptor> Supported = ImmutableArray.Create(
            D.ClassShape, D.BaseClass, D.MissingEcrRepository, D.ImageName, D.OptionNotInCdk, D.CdkNotReferenced,
            D.RepositoryNameLength, D.RepositoryNamePattern, D.EmptyOnDeleteNeedsDestroy, D.AutoDeleteImagesNeedsDestroy,
            D.EncryptionKeyNeedsKms, D.LifecycleRegistryId, D.UnknownTagMutability, D.EmptyOnDeleteAndAutoDelete, D.ExclusionFilters,
            D.CountOrAge, D.ListsNeedTagged, D.TaggedNeedsList, D.BothLists, D.TooManyWildcards, D.OneAnyRule,
            D.AnyRuleHighestPriority, D.PrioritizedAnyWithUnprioritized, D.DuplicatePriority, D.AgeWholeDays,
            D.CountAgeAtLeastOne, D.ImplicitAnyRule, D.PriorityPositive, D.PolicyTooLarge, D.DeployTimeValue,
            D.DigestWithoutPrefix, D.MalformedDigest, D.InvalidTag, D.TagAndTagOrDigest, D.DeprecatedTag, D.ExecForm, D.TreatedAsTag,
            D.ScanOnPush, D.MutableTags, D.NoLifecycleRule);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (!AttributeSymbols.TryCreate(start.Compilation, out var attributes))
                {
                    return; // EcrGen's attributes are not referenced
                }

                if (!CdkSymbols.TryCreate(start.Compilation, out var cdk))
                {
                    // G6: attributes used, no CDK. One diagnostic per compilation, on the first use in source order.
                    var firstUse = new FirstLocation();
                    start.RegisterSymbolAction(
                        symbolContext =>
                        {
                            foreach (var attribute in symbolContext.Symbol.GetAttributes())
                            {
                                if (attributes.IsEcrGen(attribute.AttributeClass) && attribute.ApplicationSyntaxReference is { } reference)
                                {
                                    firstUse.Offer(Location.Create(reference.SyntaxTree, reference.Span));
                                }
                            }
                        },
                        SymbolKind.NamedType);
                    start.RegisterCompilationEndAction(end =>
                    {
                        if (firstUse.Location is { } location)
                        {
                            end.ReportDiagnostic(Diagnostic.Create(D.CdkNotReferenced, location));
                        }
                    });
                    return;
                }

                var capabilities = CdkCapabilities.From(start.Compilation);
                start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, attributes, cdk, capabilities), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context, AttributeSymbols symbols, CdkSymbols cdk, CdkCapabilities capabilities)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            var all = type.GetAttributes();
            AttributeData? repository = null;
            var any = false;
            foreach (var attribute in all)
            {
                if (symbols.IsEcrGen(attribute.AttributeClass))
                {
                    any = true;
                    if (repository is null && CdkSymbols.Is(attribute.AttributeClass, symbols.EcrRepository))
                    {
                        repository = attribute;
                    }
                }
            }

            if (!any)
            {
                return;
            }

            var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceAttribute);
            if (repository is null)
            {
                // G3: the other attributes describe the [EcrRepository] of the same class.
                foreach (var attribute in all)
                {
                    if (symbols.IsEcrGen(attribute.AttributeClass) && Syntax(attribute, context.CancellationToken) is { } syntax)
                    {
                        sink.Report(D.MissingEcrRepository, syntax.GetLocation(), null, syntax.Name.ToString(), type.Name);
                    }
                }

                return;
            }

            CheckShape(type, repository, sink, cdk, context.CancellationToken);

            var rules = new List<AttributeData>();
            var imageCodes = new List<AttributeData>();
            var containerImages = new List<AttributeData>();
            AttributeData? tagParameter = null;
            foreach (var attribute in all)
            {
                var attributeClass = attribute.AttributeClass;
                if (CdkSymbols.Is(attributeClass, symbols.LifecycleRule))
                {
                    rules.Add(attribute);
                }
                else if (CdkSymbols.Is(attributeClass, symbols.EcrImageCode))
                {
                    imageCodes.Add(attribute);
                }
                else if (CdkSymbols.Is(attributeClass, symbols.ContainerImage))
                {
                    containerImages.Add(attribute);
                }
                else if (CdkSymbols.Is(attributeClass, symbols.TagParameterImage))
                {
                    tagParameter ??= attribute;
                }
            }

            var cancellationToken = context.CancellationToken;

            // G5: options the referenced CDK cannot express.
            CheckCapabilities(repository, EcrGenNames.EcrRepositoryAttribute, capabilities, cdk, sink, cancellationToken);
            foreach (var rule in rules)
            {
                CheckCapabilities(rule, EcrGenNames.LifecycleRuleAttribute, capabilities, cdk, sink, cancellationToken);
            }

            foreach (var imageCode in imageCodes)
            {
                CheckCapabilities(imageCode, EcrGenNames.EcrImageCodeAttribute, capabilities, cdk, sink, cancellationToken);
            }

            foreach (var containerImage in containerImages)
            {
                CheckCapabilities(containerImage, EcrGenNames.ContainerImageAttribute, capabilities, cdk, sink, cancellationToken);
            }

            if (tagParameter is not null)
            {
                CheckCapabilities(tagParameter, EcrGenNames.TagParameterImageAttribute, capabilities, cdk, sink, cancellationToken);
            }

            // R1–R9.
            var (repositorySpec, _) = RepositoryClassReader.ReadRepository(repository);
            foreach (var violation in RepositoryRules.Validate(repositorySpec))
            {
                // An option the user's CDK lacks is not generated (ECR0005 says so): its rules have nothing to judge.
                if (AttributeOptions.FindByCdkName(EcrGenNames.EcrRepositoryAttribute, violation.Option) is not { } option || capabilities.Supports(option))
                {
                    ReportOn(repository, violation, sink, cancellationToken);
                }
            }

            // L1–L17 over all the class's rules, in declaration order (the order the generator adds them).
            if (rules.Count > 0)
            {
                var specs = new LifecycleRuleSpec[rules.Count];
                for (var i = 0; i < specs.Length; i++)
                {
                    specs[i] = RepositoryClassReader.ReadLifecycleRule(rules[i]);
                }

                foreach (var violation in LifecycleRules.Validate(specs))
                {
                    var target = violation.Index >= 0 && violation.Index < rules.Count ? rules[violation.Index] : rules[rules.Count - 1];
                    ReportOn(target, violation, sink, cancellationToken);
                }
            }

            // I1–I10 on each image.
            foreach (var imageCode in imageCodes)
            {
                var model = RepositoryClassReader.ReadImageCode(imageCode);
                foreach (var violation in ImageReferenceRules.Validate(model.Image))
                {
                    ReportOn(imageCode, violation, sink, cancellationToken);
                }
            }

            foreach (var containerImage in containerImages)
            {
                var model = RepositoryClassReader.ReadContainerImage(containerImage);
                foreach (var violation in ImageReferenceRules.ValidateTagOrDigest(model.TagOrDigest))
                {
                    ReportOn(containerImage, violation, sink, cancellationToken);
                }
            }

            CheckImageNames(type, imageCodes, containerImages, tagParameter is not null, sink, cancellationToken);
            CheckSecurity(repository, repositorySpec, rules.Count, sink, context.Compilation, cancellationToken);
        }

        // G1, G2: the generator's own target check decides; the analyzer only says where and why.
        private static void CheckShape(INamedTypeSymbol type, AttributeData repository, DiagnosticSink sink, CdkSymbols cdk, CancellationToken cancellationToken)
        {
            var problem = RepositoryClassReader.CheckTarget(type, cancellationToken);
            if (problem == TargetProblem.None)
            {
                return;
            }

            var declaration = Syntax(repository, cancellationToken)?.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? FirstDeclaration(type, cancellationToken);
            if (declaration is null)
            {
                return;
            }

            string reason;
            string reasonKey;
            var location = declaration.Identifier.GetLocation();
            switch (problem)
            {
                case TargetProblem.NotPartial:
                    reasonKey = D.ReasonNotPartial;
                    reason = "must be declared partial";
                    foreach (var reference in type.DeclaringSyntaxReferences)
                    {
                        if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax part && !part.Modifiers.Any(SyntaxKind.PartialKeyword))
                        {
                            location = part.Identifier.GetLocation();
                            break;
                        }
                    }

                    break;
                case TargetProblem.ContainingTypeNotPartial:
                    reasonKey = D.ReasonContainingTypeNotPartial;
                    reason = $"is nested in '{FirstNonPartialContainer(type, cancellationToken)}', which must be declared partial (as must every containing type)";
                    break;
                case TargetProblem.Generic:
                    reasonKey = D.ReasonGeneric;
                    reason = type.TypeParameters.Length > 0 ? "must not be generic" : "must not be nested in a generic type";
                    break;
                case TargetProblem.Static:
                    reasonKey = D.ReasonStatic;
                    reason = "must not be static";
                    break;
                case TargetProblem.FileLocal:
                    reasonKey = D.ReasonFileLocal;
                    reason = type.IsFileLocal
                        ? "must not be file-local: its generated part is another file"
                        : $"is nested in the file-local '{FirstFileLocalContainer(type)}': its generated part is another file";
                    break;
                case TargetProblem.PrimaryConstructor:
                    reasonKey = D.ReasonPrimaryConstructor;
                    reason = "must not declare a primary constructor: the generated (scope, id) constructor could not call it";
                    break;
                case TargetProblem.ReservedName:
                    reasonKey = D.ReasonReservedName;
                    reason = $"must not be named '{type.Name}', the name of a member EcrGen generates into it";
                    break;
                default:
                    // G2: on the base type as written, else on the class.
                    if (type.IsRecord)
                    {
                        sink.Report(D.BaseClass, location, null, type.Name, "is a record");
                    }
                    else
                    {
                        var baseLocation = BaseTypeLocation(type, cancellationToken) ?? location;
                        sink.Report(D.BaseClass, baseLocation, null, type.Name, $"derives from '{type.BaseType?.ToDisplayString()}'");
                    }

                    return;
            }

            sink.Report(D.ClassShape, location, null, new[] { new KeyValuePair<string, string?>(D.ReasonKey, reasonKey) }, type.Name, reason);
        }

        // G4: image names become member-name prefixes.
        private static void CheckImageNames(INamedTypeSymbol type, List<AttributeData> imageCodes, List<AttributeData> containerImages, bool hasTagParameterImage, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            CheckNames(type, imageCodes, "EcrImageCode", new[] { "Code", "CodeProps" }, hasTagParameterImage, sink, cancellationToken);
            CheckNames(type, containerImages, "ContainerImage", new[] { "Image" }, hasTagParameterImage, sink, cancellationToken);
        }

        private static void CheckNames(INamedTypeSymbol type, List<AttributeData> attributes, string attributeName, string[] suffixes, bool hasTagParameterImage, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            if (attributes.Count == 0)
            {
                return;
            }

            // The generator's own verdict on each name (ImageNames), then the members the user declared.
            var names = new ImageNames(type.Name, hasTagParameterImage, suffixes);
            foreach (var attribute in attributes)
            {
                var name = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                var syntax = Syntax(attribute, cancellationToken);
                if (syntax is null || name is null)
                {
                    continue; // a missing or null name is a compiler error already
                }

                var location = ConstructorArgument(syntax)?.GetLocation() ?? syntax.GetLocation();
                string? problem = names.Check(name, out var member) switch
                {
                    ImageNameProblem.NotAnIdentifier => $"Image name '{name}' of [{attributeName}] is not a valid C# identifier; it becomes the prefix of generated members such as '{name}{suffixes[0]}()'",
                    ImageNameProblem.Repeated => $"Image name '{name}' is used by another [{attributeName}] on '{type.Name}'; the generated members '{name}{suffixes[0]}()' would collide",
                    ImageNameProblem.TagParameterImageMember => $"Image name '{name}' makes '{member}()', which collides with the 'TagParameterImage' property that [TagParameterImage] generates",
                    ImageNameProblem.ClassName => $"Image name '{name}' makes '{member}()', the name of the class '{type.Name}' itself (a member cannot share its class's name)",
                    _ => null,
                };

                if (problem is null)
                {
                    foreach (var suffix in suffixes)
                    {
                        if (HasUserMember(type, ImageNames.IdentifierKey(name + suffix), cancellationToken))
                        {
                            problem = $"Image name '{name}' makes '{name + suffix}()', which collides with the member '{name + suffix}' already declared in '{type.Name}'";
                            break;
                        }
                    }
                }

                if (problem is not null)
                {
                    sink.Report(D.ImageName, location, "name", problem);
                }
            }
        }

        // S2–S4 on [EcrRepository] (opt-in).
        private static void CheckSecurity(AttributeData repository, RepositorySpec spec, int ruleCount, DiagnosticSink sink, Compilation compilation, CancellationToken cancellationToken)
        {
            var syntax = Syntax(repository, cancellationToken);
            if (syntax is null)
            {
                return;
            }

            var tree = syntax.SyntaxTree;
            var whole = syntax.Name.GetLocation();
            if (RuleSwitch.IsOn(D.ScanOnPush, compilation, tree, cancellationToken)
                && (!spec.ImageScanOnPush.IsSet || (spec.ImageScanOnPush.IsKnown && !spec.ImageScanOnPush.Value)))
            {
                sink.Report(D.ScanOnPush, NamedArgument(syntax, "ImageScanOnPush")?.GetLocation() ?? whole, "ImageScanOnPush");
            }

            if (RuleSwitch.IsOn(D.MutableTags, compilation, tree, cancellationToken)
                && (!spec.ImageTagMutability.IsSet || (spec.ImageTagMutability.IsKnown && spec.ImageTagMutability.Value.Is(CdkMembers.TagMutability.Mutable))))
            {
                sink.Report(D.MutableTags, NamedArgument(syntax, "ImageTagMutability")?.GetLocation() ?? whole, "ImageTagMutability");
            }

            if (ruleCount == 0 && RuleSwitch.IsOn(D.NoLifecycleRule, compilation, tree, cancellationToken))
            {
                sink.Report(D.NoLifecycleRule, whole, "LifecycleRules");
            }
        }

        // G5: what the attribute's generated members call, then each option's CDK members (AttributeOptions).
        private static void CheckCapabilities(AttributeData attribute, string attributeName, CdkCapabilities capabilities, CdkSymbols cdk, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            if (capabilities.MissingMembers.IsEmpty)
            {
                return;
            }

            var syntax = Syntax(attribute, cancellationToken);
            if (syntax is null)
            {
                return;
            }

            var version = cdk.CdkVersion;
            if (AttributeOptions.NeedsOf(attributeName) is { } needs && !capabilities.Supports(needs.Type, needs.Member))
            {
                sink.Report(D.OptionNotInCdk, syntax.GetLocation(), string.Empty, syntax.Name.ToString(), needs.Display, version);
            }

            if (syntax.ArgumentList is null)
            {
                return;
            }

            var parameters = attribute.AttributeConstructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty;
            var position = 0;
            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                var name = argument.NameEquals?.Name.Identifier.ValueText
                    ?? argument.NameColon?.Name.Identifier.ValueText
                    ?? (position < parameters.Length ? parameters[position].Name : null);
                if (argument.NameEquals is null)
                {
                    position++;
                }

                if (name is null || AttributeOptions.Find(attributeName, name) is not { } option
                    || capabilities.FirstMissing(option) is not { } missing)
                {
                    continue;
                }

                sink.Report(D.OptionNotInCdk, argument.GetLocation(), option.CdkName, option.Property, missing.Display, version);
            }
        }

        private static void ReportOn(AttributeData attribute, RuleViolation violation, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var syntax = Syntax(attribute, cancellationToken);
            if (syntax is null)
            {
                return;
            }

            var attributeOption = AttributeOptionOf(violation.Option);
            AttributeArgumentSyntax? argument = null;
            if (attributeOption.Length > 0)
            {
                argument = NamedArgument(syntax, attributeOption);
                if (argument is null && attributeOption == "RepositoryName")
                {
                    argument = ConstructorArgument(syntax);
                    attributeOption = argument is null ? attributeOption : "repositoryName";
                }
            }

            var location = argument?.GetLocation() ?? syntax.Name.GetLocation();
            string? text = null;
            if (argument is not null && attribute.NamedArguments.Length + attribute.ConstructorArguments.Length > 0)
            {
                text = KnownString(attribute, attributeOption);
            }

            sink.Report(violation, location, text, argument is null ? null : attributeOption);
        }

        private static string? KnownString(AttributeData attribute, string attributeOption)
        {
            if (attributeOption == "repositoryName" && attribute.ConstructorArguments.Length == 1)
            {
                return attribute.ConstructorArguments[0].Value as string;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == attributeOption)
                {
                    return named.Value.Kind == TypedConstantKind.Primitive ? named.Value.Value as string : null;
                }
            }

            return null;
        }

        /// <summary>The attribute property that holds a CDK option (<c>MaxImageAge</c> → <c>MaxImageAgeDays</c>).</summary>
        private static string AttributeOptionOf(string cdkOption) => AttributeOptions.PropertyOf(cdkOption);

        private static AttributeSyntax? Syntax(AttributeData attribute, CancellationToken cancellationToken)
            => attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

        private static AttributeArgumentSyntax? NamedArgument(AttributeSyntax syntax, string name)
        {
            if (syntax.ArgumentList is null)
            {
                return null;
            }

            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument;
                }
            }

            return null;
        }

        private static AttributeArgumentSyntax? ConstructorArgument(AttributeSyntax syntax)
        {
            if (syntax.ArgumentList is null)
            {
                return null;
            }

            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals is null)
                {
                    return argument;
                }
            }

            return null;
        }

        private static TypeDeclarationSyntax? FirstDeclaration(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration)
                {
                    return declaration;
                }
            }

            return null;
        }

        private static string FirstNonPartialContainer(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                foreach (var reference in containing.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        return containing.Name;
                    }
                }
            }

            return type.ContainingType?.Name ?? string.Empty;
        }

        private static string FirstFileLocalContainer(INamedTypeSymbol type)
        {
            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                if (containing.IsFileLocal)
                {
                    return containing.Name;
                }
            }

            return string.Empty;
        }

        private static Location? BaseTypeLocation(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { BaseList: { } baseList } && baseList.Types.Count > 0)
                {
                    return baseList.Types[0].GetLocation();
                }
            }

            return null;
        }

        // Members the user wrote (not the ones EcrGen generated into the same partial class).
        private static bool HasUserMember(INamedTypeSymbol type, string name, CancellationToken cancellationToken)
        {
            foreach (var member in type.GetMembers(name))
            {
                foreach (var reference in member.DeclaringSyntaxReferences)
                {
                    if (!reference.SyntaxTree.FilePath.EndsWith(".EcrRepository.g.cs", System.StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The EcrGen attribute classes, resolved once per compilation.</summary>
        private sealed class AttributeSymbols
        {
            public INamedTypeSymbol? EcrRepository { get; private set; }

            public INamedTypeSymbol? LifecycleRule { get; private set; }

            public INamedTypeSymbol? TagParameterImage { get; private set; }

            public INamedTypeSymbol? EcrImageCode { get; private set; }

            public INamedTypeSymbol? ContainerImage { get; private set; }

            public static bool TryCreate(Compilation compilation, out AttributeSymbols symbols)
            {
                symbols = new AttributeSymbols
                {
                    EcrRepository = compilation.GetTypeByMetadataName(EcrGenNames.EcrRepositoryAttribute),
                    LifecycleRule = compilation.GetTypeByMetadataName(EcrGenNames.LifecycleRuleAttribute),
                    TagParameterImage = compilation.GetTypeByMetadataName(EcrGenNames.TagParameterImageAttribute),
                    EcrImageCode = compilation.GetTypeByMetadataName(EcrGenNames.EcrImageCodeAttribute),
                    ContainerImage = compilation.GetTypeByMetadataName(EcrGenNames.ContainerImageAttribute),
                };
                return symbols.EcrRepository is not null;
            }

            public bool IsEcrGen(INamedTypeSymbol? attributeClass)
                => attributeClass is not null
                    && (SymbolEqualityComparer.Default.Equals(attributeClass, EcrRepository)
                        || SymbolEqualityComparer.Default.Equals(attributeClass, LifecycleRule)
                        || SymbolEqualityComparer.Default.Equals(attributeClass, TagParameterImage)
                        || SymbolEqualityComparer.Default.Equals(attributeClass, EcrImageCode)
                        || SymbolEqualityComparer.Default.Equals(attributeClass, ContainerImage));
        }

        /// <summary>The first location offered, in (file path, position) order, whatever the order of the concurrent callers.</summary>
        private sealed class FirstLocation
        {
            private readonly object _gate = new object();

            public Location? Location { get; private set; }

            public void Offer(Location location)
            {
                lock (_gate)
                {
                    if (Location is null || Compare(location, Location) < 0)
                    {
                        Location = location;
                    }
                }
            }

            private static int Compare(Location left, Location right)
            {
                var byPath = string.CompareOrdinal(left.SourceTree?.FilePath, right.SourceTree?.FilePath);
                return byPath != 0 ? byPath : left.SourceSpan.Start.CompareTo(right.SourceSpan.Start);
            }
        }
    }
}
